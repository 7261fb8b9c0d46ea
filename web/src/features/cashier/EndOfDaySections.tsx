import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import type { EndOfDayReport } from '@modern-emr/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MoneyText } from '../../components/MoneyText';
import { formatDateTime } from '../../lib/format';
import { PaymentStatusBadge } from '../visits/PaymentStatusBadge';
import classes from './cashier.module.css';
import { visitBillingPath } from './cashier-paths';
import { METHOD_LABELS } from './labels';

type Report = { report: EndOfDayReport };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Th({ children, numeric = false }: { children: ReactNode; numeric?: boolean }) {
  return (
    <Table.Th scope="col" className={numeric ? classes.numeric : undefined}>
      {children}
    </Table.Th>
  );
}

function Amount({ minor, strong = false }: { minor: number; strong?: boolean }) {
  return (
    <Table.Td className={classes.numeric}>
      <MoneyText minor={minor} size="sm" fw={strong ? 700 : undefined} />
    </Table.Td>
  );
}

function TableBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={classes.tableWrap}>
      <Table verticalSpacing="xs" aria-label={label}>
        {children}
      </Table>
    </div>
  );
}

function VisitLink({ id, number }: { id: string; number: string }) {
  return (
    <Anchor component={Link} to={visitBillingPath(id)} size="sm">
      {number}
    </Anchor>
  );
}

/** "12 visits, ₦ 40,000.00 in all", and a warning when the list shows only the largest. */
function SectionCount({ count, total, shown }: { count: number; total: number; shown: number }) {
  return (
    <Text size="sm" mb="sm">
      {count} {count === 1 ? 'item' : 'items'}, <MoneyText minor={total} fw={600} /> in all
      {shown < count ? ` (the ${shown} largest are listed)` : ''}.
    </Text>
  );
}

export function TakingsSection({ report }: Report) {
  const { totals } = report;
  return (
    <Section id="takings-heading" title="Takings by method">
      <TableBox label="Takings by method">
        <Table.Thead>
          <Table.Tr>
            <Th>Method</Th>
            <Th numeric>Payments</Th>
            <Th numeric>Received</Th>
            <Th numeric>Refunded</Th>
            <Th numeric>Deposits</Th>
            <Th numeric>Net</Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.byMethod.map((m) => (
            <Table.Tr key={m.method}>
              <Table.Th scope="row">{METHOD_LABELS[m.method]}</Table.Th>
              <Table.Td className={classes.numeric}>{m.paymentCount}</Table.Td>
              <Amount minor={m.payments} />
              <Amount minor={m.refunds} />
              <Amount minor={m.deposits} />
              <Amount minor={m.net} />
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">Total</Table.Th>
            <Table.Td className={classes.numeric}>{totals.paymentCount}</Table.Td>
            <Amount minor={totals.payments} strong />
            <Amount minor={totals.refunds} strong />
            <Amount minor={totals.deposits} strong />
            <Amount minor={totals.net} strong />
          </Table.Tr>
        </Table.Tbody>
      </TableBox>
      <Text size="sm" mt="md">
        Refunds paid out: <MoneyText minor={totals.refunds} fw={600} />. Paid from patients’ wallets (credit
        already held, not in the total): <MoneyText minor={totals.walletPayments} fw={600} />.
      </Text>
    </Section>
  );
}

export function CashiersSection({ report }: Report) {
  return (
    <Section id="cashiers-heading" title="Takings by cashier">
      {report.byCashier.length === 0 ? (
        <Text size="sm">No money was taken on this day.</Text>
      ) : (
        <TableBox label="Takings by cashier">
          <Table.Thead>
            <Table.Tr>
              <Th>Cashier</Th>
              <Th numeric>Payments</Th>
              <Th numeric>Received</Th>
              <Th numeric>Refunded</Th>
              <Th numeric>Deposits</Th>
              <Th numeric>Net</Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.byCashier.map((c) => (
              <Table.Tr key={c.cashierId ?? 'online'}>
                <Table.Th scope="row">{c.cashierName ?? 'Online (gateway)'}</Table.Th>
                <Table.Td className={classes.numeric}>{c.paymentCount}</Table.Td>
                <Amount minor={c.payments} />
                <Amount minor={c.refunds} />
                <Amount minor={c.deposits} />
                <Amount minor={c.net} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableBox>
      )}
    </Section>
  );
}

export function ShiftsSection({ report }: Report) {
  return (
    <Section id="shifts-heading" title="Shifts and variances">
      {report.shifts.length === 0 ? (
        <Text size="sm">No shift was opened on this day.</Text>
      ) : (
        <TableBox label="Shifts">
          <Table.Thead>
            <Table.Tr>
              <Th>Cashier</Th>
              <Th>Opened</Th>
              <Th>Closed</Th>
              <Th numeric>Float</Th>
              <Th numeric>Expected</Th>
              <Th numeric>Counted</Th>
              <Th numeric>Variance</Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.shifts.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{s.cashierName}</Table.Td>
                <Table.Td>{formatDateTime(s.openedAt)}</Table.Td>
                <Table.Td>{s.closedAt ? formatDateTime(s.closedAt) : 'Still open'}</Table.Td>
                <Amount minor={s.openingFloat} />
                <Amount minor={s.expected.total} />
                {s.counted && s.variance ? (
                  <>
                    <Amount minor={s.counted.total} />
                    <Amount minor={s.variance.total} strong={s.variance.total !== 0} />
                  </>
                ) : (
                  <Table.Td colSpan={2}>Not counted yet</Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableBox>
      )}
    </Section>
  );
}

export function OutstandingSection({ report }: Report) {
  const { outstanding } = report;
  return (
    <Section id="outstanding-heading" title="Outstanding balances">
      <SectionCount count={outstanding.count} total={outstanding.total} shown={outstanding.items.length} />
      {outstanding.items.length > 0 && (
        <TableBox label="Outstanding balances">
          <Table.Thead>
            <Table.Tr>
              <Th>Visit</Th>
              <Th>Patient</Th>
              <Th>Status</Th>
              <Th numeric>Outstanding</Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {outstanding.items.map((o) => (
              <Table.Tr key={o.visitId}>
                <Table.Td>
                  <VisitLink id={o.visitId} number={o.visitNumber} />
                </Table.Td>
                <Table.Td>
                  {o.patientName} · {o.mrn}
                </Table.Td>
                <Table.Td>
                  <PaymentStatusBadge status={o.paymentStatus} />
                </Table.Td>
                <Amount minor={o.outstanding} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableBox>
      )}
    </Section>
  );
}

export function ReceivablesSection({ report }: Report) {
  const { hmoReceivables } = report;
  return (
    <Section id="receivables-heading" title="HMO receivables">
      <SectionCount
        count={hmoReceivables.count}
        total={hmoReceivables.total}
        shown={hmoReceivables.items.length}
      />
      {hmoReceivables.items.length > 0 && (
        <TableBox label="HMO receivables">
          <Table.Thead>
            <Table.Tr>
              <Th>Visit</Th>
              <Th>Patient</Th>
              <Th>HMO</Th>
              <Th>Authorisation</Th>
              <Th numeric>HMO share</Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hmoReceivables.items.map((r) => (
              <Table.Tr key={r.visitId}>
                <Table.Td>
                  <VisitLink id={r.visitId} number={r.visitNumber} />
                </Table.Td>
                <Table.Td>{r.patientName}</Table.Td>
                <Table.Td>{r.providerName}</Table.Td>
                <Table.Td>{r.authorizationCode ?? '—'}</Table.Td>
                <Amount minor={r.hmoShare} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableBox>
      )}
    </Section>
  );
}

export function LeaksSection({ report }: Report) {
  const { revenueLeaks } = report;
  return (
    <Section id="leaks-heading" title="Revenue leaks">
      <Text size="sm" c="dimmed" mb="xs">
        Work rendered without a settled charge.
      </Text>
      <SectionCount count={revenueLeaks.count} total={revenueLeaks.total} shown={revenueLeaks.items.length} />
      {revenueLeaks.items.length > 0 && (
        <TableBox label="Revenue leaks">
          <Table.Thead>
            <Table.Tr>
              <Th>Visit</Th>
              <Th>Patient</Th>
              <Th>Service</Th>
              <Th>Rendered</Th>
              <Th numeric>Amount</Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {revenueLeaks.items.map((l) => (
              <Table.Tr key={l.chargeId}>
                <Table.Td>
                  <VisitLink id={l.visitId} number={l.visitNumber} />
                  {l.emergency && (
                    <Text size="xs" c="dimmed">
                      emergency
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{l.patientName}</Table.Td>
                <Table.Td>
                  {l.serviceName} ({l.serviceCode})
                </Table.Td>
                <Table.Td>{formatDateTime(l.renderedAt)}</Table.Td>
                <Amount minor={l.amount} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableBox>
      )}
    </Section>
  );
}
