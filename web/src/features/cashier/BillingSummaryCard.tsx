import { Paper, Text, Title } from '@mantine/core';
import type { BillingSummaryView } from '@modern-emr/domain';
import { MoneyText } from '../../components/MoneyText';
import classes from './cashier.module.css';

function Item({ label, minor, className }: { label: string; minor: number; className?: string }) {
  return (
    <div className={className}>
      <dt>{label}</dt>
      <dd>
        <MoneyText minor={minor} />
      </dd>
    </div>
  );
}

/** The server's billing summary; the web app never recomputes these numbers. */
export function BillingSummaryCard({ summary }: { summary: BillingSummaryView }) {
  const credit = summary.outstanding < 0;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="summary-heading">
      <Title order={2} size="h4" id="summary-heading" mb="md">
        Summary
      </Title>
      <dl className={classes.summary}>
        <Item label="Charges" minor={summary.charges} />
        <Item label="Waived" minor={summary.waived} />
        <Item label="HMO covered" minor={summary.hmoCovered} />
        <Item label="HMO pending" minor={summary.hmoPending} />
        <Item label="Patient share" minor={summary.patientShare} />
        <Item label="Paid" minor={summary.paid} />
        {credit ? (
          <Item label="Credit" minor={-summary.outstanding} className={classes.credit} />
        ) : (
          <Item
            label="Outstanding"
            minor={summary.outstanding}
            className={summary.outstanding > 0 ? classes.emphasis : undefined}
          />
        )}
      </dl>
      {credit && (
        <Text size="sm" mt="md">
          The patient has paid <MoneyText minor={-summary.outstanding} fw={600} /> more than their share.
          Refund it, or leave it as credit.
        </Text>
      )}
    </Paper>
  );
}
