import { Table, Text } from '@mantine/core';
import { type Shift, TILL_METHODS } from '@modern-emr/domain';
import { MoneyText } from '../../components/MoneyText';
import classes from './cashier.module.css';
import { METHOD_LABELS } from './labels';

function varianceWords(variance: number): string {
  if (variance < 0) return 'short';
  return variance > 0 ? 'over' : 'balanced';
}

/**
 * Expected against counted for each till method of a closed shift, as the server froze them at
 * close; a negative variance is money missing from the till.
 */
export function ShiftCountTable({ shift }: { shift: Shift }) {
  const { expected, counted, variance } = shift;
  if (!counted || !variance) return null;
  return (
    <div className={classes.tableWrap}>
      <Table verticalSpacing={4} aria-label="Shift count by method">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Method</Table.Th>
            <Table.Th scope="col" className={classes.numeric}>
              Expected
            </Table.Th>
            <Table.Th scope="col" className={classes.numeric}>
              Counted
            </Table.Th>
            <Table.Th scope="col" className={classes.numeric}>
              Variance
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {TILL_METHODS.map((method) => (
            <Table.Tr key={method}>
              <Table.Th scope="row">{METHOD_LABELS[method]}</Table.Th>
              <Table.Td className={classes.numeric}>
                <MoneyText minor={expected[method]} />
              </Table.Td>
              <Table.Td className={classes.numeric}>
                <MoneyText minor={counted[method]} />
              </Table.Td>
              <Table.Td className={classes.numeric}>
                <MoneyText minor={variance[method]} fw={variance[method] === 0 ? undefined : 700} />
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">Total</Table.Th>
            <Table.Td className={classes.numeric}>
              <MoneyText minor={expected.total} fw={600} />
            </Table.Td>
            <Table.Td className={classes.numeric}>
              <MoneyText minor={counted.total} fw={600} />
            </Table.Td>
            <Table.Td className={classes.numeric}>
              <MoneyText minor={variance.total} fw={700} /> ({varianceWords(variance.total)})
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {shift.movements.walletPayments > 0 && (
        <Text size="sm" mt="xs">
          Also paid from wallets (no money changed hands):{' '}
          <MoneyText minor={shift.movements.walletPayments} />.
        </Text>
      )}
    </div>
  );
}
