import { ActionIcon, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ChargeView } from '@modern-emr/domain';
import { IconBan, IconDiscount, IconDots } from '@tabler/icons-react';
import { MoneyText } from '../../components/MoneyText';
import classes from './cashier.module.css';
import { ChargeStatusBadge } from './StatusBadges';

interface ChargesTableProps {
  charges: readonly ChargeView[];
  /** False on a closed visit: nothing on its bill changes any more. */
  editable: boolean;
  onWaive: (charge: ChargeView) => void;
  onVoid: (charge: ChargeView) => void;
}

/** Each billing line with who pays what; waive and void only while nothing is paid on it. */
export function ChargesTable({ charges, editable, onWaive, onVoid }: ChargesTableProps) {
  if (charges.length === 0) return <Text size="sm">No charges yet.</Text>;
  return (
    <div className={classes.tableWrap}>
      <Table verticalSpacing="sm" aria-label="Charges">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Service</Table.Th>
            <Table.Th scope="col" className={classes.numeric}>
              Qty
            </Table.Th>
            <Table.Th scope="col" className={classes.numeric}>
              Amount
            </Table.Th>
            <Table.Th scope="col" className={classes.numeric}>
              HMO share
            </Table.Th>
            <Table.Th scope="col" className={classes.numeric}>
              Patient share
            </Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Settled</Table.Th>
            {editable && (
              <Table.Th scope="col">
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {charges.map((c) => (
            <Table.Tr key={c.id} data-charge={c.serviceCode}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.serviceCode}
                  {c.reason ? ` · ${c.reason}` : ''}
                </Text>
              </Table.Td>
              <Table.Td className={classes.numeric}>{c.quantity}</Table.Td>
              <Table.Td className={classes.numeric}>
                <MoneyText minor={c.amount} />
              </Table.Td>
              <Table.Td className={classes.numeric}>
                <MoneyText minor={c.hmoShare} />
              </Table.Td>
              <Table.Td className={classes.numeric}>
                <MoneyText minor={c.patientShare} />
              </Table.Td>
              <Table.Td>
                <ChargeStatusBadge charge={c} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{c.settled ? 'Yes' : 'No'}</Text>
              </Table.Td>
              {editable && (
                <Table.Td>
                  {c.status === 'PENDING' && (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${c.name}`}>
                          <IconDots size={18} aria-hidden="true" />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          leftSection={<IconDiscount size={16} aria-hidden="true" />}
                          onClick={() => onWaive(c)}
                        >
                          Waive
                        </Menu.Item>
                        <Menu.Item
                          color="red.9"
                          leftSection={<IconBan size={16} aria-hidden="true" />}
                          onClick={() => onVoid(c)}
                        >
                          Void
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
