import { Alert, Button, Paper, Text, Title } from '@mantine/core';
import { type BillingSummaryView, defaultApprovedAmount, type VisitInsuranceView } from '@modern-emr/domain';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { MoneyText } from '../../components/MoneyText';
import { ReasonDialog } from '../../components/ReasonDialog';
import { ApproveCoverDialog } from './ApproveCoverDialog';
import { AttachCoverDialog } from './AttachCoverDialog';
import { BILL_REASON_HINT } from './bill-reason';
import { rejectCover } from './billing-api';
import classes from './cashier.module.css';
import { InsuranceStatusBadge } from './StatusBadges';

interface InsurancePanelProps {
  visitId: string;
  insurance: VisitInsuranceView | null;
  summary: BillingSummaryView;
  editable: boolean;
  onChanged: () => void;
}

/** The HMO's full share of the current charges: what a first approval or a top-up is pre-filled with. */
function hmoShareOf(summary: BillingSummaryView, insurance: VisitInsuranceView): number {
  return defaultApprovedAmount(summary.net, insurance);
}

/** HMO cover of the visit: attach, approve (or approve 0), top up, or reject with a reason. */
export function InsurancePanel({ visitId, insurance, summary, editable, onChanged }: InsurancePanelProps) {
  const [dialog, setDialog] = useState<'attach' | 'approve' | 'reject' | null>(null);
  const close = () => setDialog(null);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="hmo-heading">
      <Title order={2} size="h4" id="hmo-heading" mb="md">
        HMO cover
      </Title>
      {!insurance && <Text size="sm">This visit is not on HMO cover; the patient pays as cash.</Text>}
      {insurance && (
        <dl className={classes.summary}>
          <div>
            <dt>HMO</dt>
            <dd>{insurance.providerName}</dd>
          </div>
          <div>
            <dt>Policy number</dt>
            <dd>{insurance.policyNumber}</dd>
          </div>
          <div>
            <dt>Coverage</dt>
            <dd>{insurance.coverage === 'FULL' ? 'Full' : `${insurance.coveragePercent}%`}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <InsuranceStatusBadge status={insurance.status} />
            </dd>
          </div>
          {insurance.authorizationCode && (
            <div>
              <dt>Authorisation code</dt>
              <dd>{insurance.authorizationCode}</dd>
            </div>
          )}
          {insurance.approvedAmount !== null && (
            <div>
              <dt>Approved amount</dt>
              <dd>
                <MoneyText minor={insurance.approvedAmount} />
              </dd>
            </div>
          )}
        </dl>
      )}
      {insurance?.status === 'PENDING' && (
        <Alert color="grape" variant="light" mt="md" title="Waiting for the HMO">
          The patient cannot see the doctor until the HMO approves or rejects the cover of{' '}
          <MoneyText minor={summary.hmoPending} fw={600} />.
        </Alert>
      )}
      {insurance?.status === 'REJECTED' && (
        <Alert color="red" variant="light" mt="md" title="Cover rejected">
          {insurance.rejectionReason ?? 'The HMO rejected the cover.'} The patient pays the whole bill.
        </Alert>
      )}
      {editable && (
        <div className={`${classes.actions} ${classes.panelActions}`}>
          {!insurance && (
            <Button variant="default" onClick={() => setDialog('attach')}>
              Attach HMO cover
            </Button>
          )}
          {insurance?.status === 'PENDING' && (
            <>
              <Button
                leftSection={<IconShieldCheck size={18} aria-hidden="true" />}
                onClick={() => setDialog('approve')}
              >
                Approve cover
              </Button>
              <Button variant="default" color="red.9" onClick={() => setDialog('reject')}>
                Reject cover
              </Button>
            </>
          )}
          {insurance?.status === 'APPROVED' && (
            <Button variant="default" onClick={() => setDialog('approve')}>
              Top up approval
            </Button>
          )}
        </div>
      )}
      {dialog === 'attach' && <AttachCoverDialog visitId={visitId} onClose={close} onAttached={onChanged} />}
      {dialog === 'approve' && insurance && (
        <ApproveCoverDialog
          visitId={visitId}
          currentApproved={insurance.status === 'APPROVED' ? insurance.approvedAmount : null}
          suggested={hmoShareOf(summary, insurance)}
          onClose={close}
          onApproved={onChanged}
        />
      )}
      {dialog === 'reject' && (
        <ReasonDialog
          request={{
            title: 'Reject HMO cover',
            body: 'The whole bill moves to the patient, who pays as cash. A rejection is final for this visit.',
            confirmLabel: 'Reject cover',
            reasonHint: BILL_REASON_HINT,
            danger: true,
            action: async (reason) => {
              await rejectCover(visitId, reason);
              onChanged();
            },
          }}
          onClose={close}
        />
      )}
    </Paper>
  );
}
