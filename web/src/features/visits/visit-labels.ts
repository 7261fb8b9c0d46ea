import type { Payer, VisitType } from '@modern-emr/domain';

export const VISIT_TYPE_LABELS: Record<VisitType, string> = {
  OUTPATIENT: 'Outpatient',
  FOLLOW_UP: 'Follow-up',
  EMERGENCY: 'Emergency',
  ANTENATAL: 'Antenatal',
  PROCEDURE: 'Procedure',
};

export const PAYER_LABELS: Record<Payer, string> = { CASH: 'Cash', HMO: 'HMO' };
