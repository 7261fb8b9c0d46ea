import { Badge } from '@mantine/core';
import type { ChargeStatus, ChargeView, InsuranceStatus, RefundStatus } from '@modern-emr/domain';

// Light badges whose text passes WCAG AA on their tint (see theme.ts); the words carry the meaning.
const CHARGE: Record<ChargeStatus, { label: string; color: string }> = {
  PENDING: { label: 'Unpaid', color: 'red' },
  PARTIALLY_PAID: { label: 'Partly paid', color: 'amber' },
  PAID: { label: 'Paid', color: 'green' },
  WAIVED: { label: 'Waived', color: 'gray' },
  VOIDED: { label: 'Voided', color: 'gray' },
};

// The status describes the patient's money: a charge the HMO carries whole stays PENDING with
// nothing for the patient to pay, which "Unpaid" in red would misreport at the till.
const NOTHING_DUE = { label: 'Nothing due', color: 'gray' };

export function ChargeStatusBadge({ charge }: { charge: Pick<ChargeView, 'status' | 'patientShare'> }) {
  const shown =
    charge.status === 'PENDING' && charge.patientShare === 0 ? NOTHING_DUE : CHARGE[charge.status];
  return (
    <Badge color={shown.color} variant="light" tt="none" maw="none">
      {shown.label}
    </Badge>
  );
}

const INSURANCE: Record<InsuranceStatus, { label: string; color: string }> = {
  PENDING: { label: 'Awaiting the HMO', color: 'amber' },
  APPROVED: { label: 'Approved', color: 'green' },
  REJECTED: { label: 'Rejected', color: 'red' },
};

export function InsuranceStatusBadge({ status }: { status: InsuranceStatus }) {
  return (
    <Badge color={INSURANCE[status].color} variant="light" tt="none" maw="none">
      {INSURANCE[status].label}
    </Badge>
  );
}

const REFUND: Record<RefundStatus, { label: string; color: string }> = {
  PENDING_APPROVAL: { label: 'Awaiting admin approval', color: 'amber' },
  COMPLETED: { label: 'Refunded', color: 'gray' },
  REJECTED: { label: 'Refund rejected', color: 'red' },
};

export function RefundStatusBadge({ status }: { status: RefundStatus }) {
  return (
    <Badge size="sm" color={REFUND[status].color} variant="light" tt="none" maw="none">
      {REFUND[status].label}
    </Badge>
  );
}
