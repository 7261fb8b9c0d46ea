import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ChargeView, PaymentView } from '@modern-emr/domain';
import { IconAlertCircle, IconClockPause, IconLock, IconPlus, IconWallet } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { MoneyText } from '../../components/MoneyText';
import { ReasonDialog, type ReasonRequest } from '../../components/ReasonDialog';
import { formatDateTime } from '../../lib/format';
import { useInvalidateFor } from '../../lib/invalidate';
import { usePageTitle } from '../../lib/use-page-title';
import { fullName } from '../patients/patient-format';
import { PaymentStatusBadge } from '../visits/PaymentStatusBadge';
import { PAYER_LABELS } from '../visits/visit-labels';
import { AddChargeDialog } from './AddChargeDialog';
import { BillingSummaryCard } from './BillingSummaryCard';
import { BILL_REASON_HINT } from './bill-reason';
import { deferBalance, voidCharge, waiveCharge } from './billing-api';
import { ChargesTable } from './ChargesTable';
import classes from './cashier.module.css';
import { walletPath } from './cashier-paths';
import { InsurancePanel } from './InsurancePanel';
import { PaymentsTable } from './PaymentsTable';
import { PrintDocumentButton } from './PrintDocumentButton';
import { invoicePath, statementPath } from './pdf-documents';
import { RefundDialog } from './RefundDialog';
import { TakePaymentDialog } from './TakePaymentDialog';
import { useVisitBilling, type VisitBillingData } from './use-visit-billing';

type Dialog =
  | { kind: 'pay' }
  | { kind: 'charge' }
  | { kind: 'refund'; payment: PaymentView }
  | { kind: 'reason'; request: ReasonRequest };

/** The cashier's view of one visit's bill: charges, summary, payments, HMO cover and documents. */
export function VisitBillingPage() {
  usePageTitle('Visit billing');
  const { id = '' } = useParams();
  const { data, error, reload } = useVisitBilling(id);

  return (
    <Stack gap="xl">
      <Title order={1}>Visit billing</Title>
      {error && (
        <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden="true" />}>
          {error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void reload()}>
            Try again
          </Button>
        </Alert>
      )}
      {!data && !error && (
        <Group gap="xs">
          <Loader size="sm" aria-hidden="true" />
          <Text role="status">Loading the bill…</Text>
        </Group>
      )}
      {data && <VisitBilling data={data} />}
    </Stack>
  );
}

function VisitBilling({ data }: { data: VisitBillingData }) {
  const { visit, billing, walletBalance } = data;
  const { patient } = visit;
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const open = visit.status === 'OPEN';
  const { summary } = billing;
  const invalidate = useInvalidateFor();
  // Every view that shows this bill refetches: this page, the queues, the till, the wallet.
  const changed = () =>
    void invalidate({ type: 'visit.billing-changed', visitId: visit.id, patientId: patient.id });

  const askReason = (charge: ChargeView, kind: 'waive' | 'void') =>
    setDialog({
      kind: 'reason',
      request:
        kind === 'waive'
          ? {
              title: `Waive ${charge.name}`,
              body: 'The patient will not be asked to pay this charge. It stays on the bill as waived.',
              confirmLabel: 'Waive charge',
              reasonHint: BILL_REASON_HINT,
              action: async (reason) => {
                await waiveCharge(charge.id, reason);
                changed();
              },
            }
          : {
              title: `Void ${charge.name}`,
              body: 'Use this for a charge added in error; a service already given cannot be voided.',
              confirmLabel: 'Void charge',
              reasonHint: BILL_REASON_HINT,
              danger: true,
              action: async (reason) => {
                await voidCharge(charge.id, reason);
                changed();
              },
            },
    });

  const askDeferral = () =>
    setDialog({
      kind: 'reason',
      request: {
        title: 'Defer the balance',
        body: (
          <Text size="sm">
            The doctor may close the visit while <MoneyText minor={summary.outstanding} fw={600} /> is still
            owed. The balance stays on the patient’s record.
          </Text>
        ),
        confirmLabel: 'Defer balance',
        reasonHint: BILL_REASON_HINT,
        action: async (reason) => {
          await deferBalance(visit.id, reason);
          changed();
        },
      },
    });

  return (
    <>
      <Paper withBorder radius="md" p="lg" component="section" aria-label="Visit">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600} size="lg">
              {fullName(patient)}
            </Text>
            <Text size="sm" c="dimmed">
              {patient.mrn} · Visit {visit.number} · opened {formatDateTime(visit.openedAt)} ·{' '}
              {PAYER_LABELS[visit.payer]}
            </Text>
          </div>
          <Group gap="xs">
            <PaymentStatusBadge status={visit.paymentStatus} />
            {visit.emergency && (
              <Badge color="red" variant="filled" tt="none">
                Emergency
              </Badge>
            )}
            {!open && (
              <Badge color="gray" variant="filled" tt="none">
                Closed
              </Badge>
            )}
          </Group>
        </Group>
        <Anchor component={Link} to={walletPath(patient.id)} size="sm" mt="sm" className={classes.inlineIcon}>
          <IconWallet size={16} aria-hidden="true" /> Wallet
          {walletBalance !== null && (
            <>
              : <MoneyText minor={walletBalance} />
            </>
          )}
        </Anchor>
      </Paper>

      {!open && (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden="true" />} title="Visit closed">
          This visit is closed, so its bill can no longer change. Receipts and the invoice can still be
          printed.
        </Alert>
      )}
      {visit.paymentStatus === 'INSURANCE_PENDING' && (
        <Alert color="grape" variant="light" title="HMO approval pending">
          The patient cannot see the doctor until the HMO’s answer is recorded below.
        </Alert>
      )}
      {visit.deferredAt && (
        <Alert
          color="amber"
          variant="light"
          icon={<IconClockPause aria-hidden="true" />}
          title="Balance deferred"
        >
          {visit.deferralReason}
        </Alert>
      )}

      <div className={classes.actions}>
        {open && (
          <>
            <Button onClick={() => setDialog({ kind: 'pay' })} disabled={summary.outstanding <= 0}>
              Take payment
            </Button>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setDialog({ kind: 'charge' })}
            >
              Add charge
            </Button>
          </>
        )}
        <PrintDocumentButton path={invoicePath(visit.id)} label="Print invoice" />
        <PrintDocumentButton path={statementPath(visit.id)} label="Print statement" />
        {open && summary.outstanding > 0 && !visit.deferredAt && (
          <Button
            variant="default"
            leftSection={<IconClockPause size={16} aria-hidden="true" />}
            onClick={askDeferral}
          >
            Defer balance
          </Button>
        )}
      </div>

      <BillingSummaryCard summary={summary} />

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="charges-heading">
        <Title order={2} size="h4" id="charges-heading" mb="md">
          Charges
        </Title>
        <ChargesTable
          charges={billing.charges}
          editable={open}
          onWaive={(c) => askReason(c, 'waive')}
          onVoid={(c) => askReason(c, 'void')}
        />
      </Paper>

      <InsurancePanel
        visitId={visit.id}
        insurance={visit.insurance}
        summary={summary}
        editable={open}
        onChanged={changed}
      />

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="payments-heading">
        <Title order={2} size="h4" id="payments-heading" mb="md">
          Payments
        </Title>
        <PaymentsTable
          payments={billing.payments}
          refunds={billing.refunds}
          canRefund={open}
          onRefund={(payment) => setDialog({ kind: 'refund', payment })}
        />
      </Paper>

      {dialog?.kind === 'pay' && (
        <TakePaymentDialog
          visitId={visit.id}
          outstanding={summary.outstanding}
          charges={billing.charges}
          walletBalance={walletBalance}
          onClose={close}
        />
      )}
      {dialog?.kind === 'charge' && <AddChargeDialog visitId={visit.id} onClose={close} onAdded={changed} />}
      {dialog?.kind === 'refund' && <RefundDialog payment={dialog.payment} onClose={close} />}
      {dialog?.kind === 'reason' && <ReasonDialog request={dialog.request} onClose={close} />}
    </>
  );
}
