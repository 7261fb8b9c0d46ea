import type {
  BillingSummaryView,
  ChargeView,
  EndOfDayReport,
  PaymentCreated,
  PaymentView,
  Visit,
  VisitBillingView,
  VisitInsuranceView,
} from '@modern-emr/domain';

export const VISIT_ID = '00000000-0000-4000-8000-0000000000a1';
export const PATIENT_ID = '00000000-0000-4000-8000-0000000000b1';

export function charge(overrides: Partial<ChargeView> = {}): ChargeView {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    visitId: VISIT_ID,
    serviceCode: 'CONS-GP',
    name: 'GP consultation',
    department: 'CONSULTATION',
    billTiming: 'BEFORE',
    quantity: 1,
    unitPrice: 1_000_000,
    amount: 1_000_000,
    hmoShare: 0,
    patientShare: 1_000_000,
    patientPaid: 0,
    patientDue: 1_000_000,
    status: 'PENDING',
    settled: false,
    rendered: false,
    autoBilled: true,
    reason: null,
    createdAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}

export function payment(overrides: Partial<PaymentView> = {}): PaymentView {
  return {
    id: '00000000-0000-4000-8000-0000000000d1',
    visitId: VISIT_ID,
    patientId: PATIENT_ID,
    receiptNumber: 'RCT-2026-000042',
    method: 'CASH',
    amount: 1_250_050,
    applied: 1_250_050,
    walletCredit: 0,
    reference: null,
    receivedAt: '2026-11-23T09:00:00.000Z',
    cashierName: 'Test User',
    refunded: 0,
    refundPending: 0,
    refundable: 1_250_050,
    ...overrides,
  };
}

export function paymentCreated(overrides: Partial<PaymentView> = {}): PaymentCreated {
  const p = payment(overrides);
  return {
    ...p,
    allocations: [],
    visit: { id: VISIT_ID, paymentStatus: 'PAID', paymentCleared: true, outstanding: 0 },
  };
}

export function summary(overrides: Partial<BillingSummaryView> = {}): BillingSummaryView {
  return {
    charges: 1_000_000,
    waived: 0,
    net: 1_000_000,
    hmoCovered: 0,
    hmoPending: 0,
    patientShare: 1_000_000,
    paid: 0,
    outstanding: 1_000_000,
    ...overrides,
  };
}

export function cover(overrides: Partial<VisitInsuranceView> = {}): VisitInsuranceView {
  return {
    id: '00000000-0000-4000-8000-0000000000e1',
    providerId: '00000000-0000-4000-8000-0000000000f1',
    providerCode: 'HYG',
    providerName: 'Hygeia HMO',
    policyNumber: 'HYG-778812',
    coverage: 'FULL',
    coveragePercent: 100,
    status: 'PENDING',
    authorizationCode: null,
    approvedAmount: null,
    approvedAt: null,
    rejectionReason: null,
    rejectedAt: null,
    remittedAt: null,
    createdAt: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}

export function visit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: VISIT_ID,
    number: 'V-2026-000123',
    patientId: PATIENT_ID,
    patient: {
      id: PATIENT_ID,
      mrn: 'MRN-000045',
      firstName: 'Adaeze',
      middleName: null,
      lastName: 'Okafor',
      sex: 'FEMALE',
      dateOfBirth: '1990-04-02',
      phone: '+2348031234567',
    },
    type: 'OUTPATIENT',
    payer: 'CASH',
    emergency: false,
    emergencyReason: null,
    assignedDoctorId: null,
    assignedDoctorName: null,
    chiefComplaint: null,
    status: 'OPEN',
    paymentStatus: 'UNPAID',
    paymentCleared: false,
    summary: summary(),
    insurance: null,
    consultation: null,
    balanceDeferred: false,
    deferredAt: null,
    deferralReason: null,
    invoiceNumber: null,
    openedAt: '2026-11-23T08:00:00.000Z',
    openedBy: '00000000-0000-4000-8000-000000000001',
    closedAt: null,
    closedBy: null,
    ...overrides,
  };
}

export function billing(v: Visit, overrides: Partial<VisitBillingView> = {}): VisitBillingView {
  return {
    visitId: v.id,
    visitNumber: v.number,
    visitStatus: v.status,
    payer: v.payer,
    emergency: v.emergency,
    summary: v.summary,
    paymentStatus: v.paymentStatus,
    paymentCleared: v.paymentCleared,
    charges: [charge()],
    payments: [],
    refunds: [],
    ...overrides,
  };
}

export function endOfDayReport(overrides: Partial<EndOfDayReport> = {}): EndOfDayReport {
  const zero = { paymentCount: 0, payments: 0, refunds: 0, deposits: 0, net: 0 };
  return {
    date: '2026-11-23',
    timeZone: 'Africa/Lagos',
    from: '2026-11-22T23:00:00.000Z',
    to: '2026-11-23T23:00:00.000Z',
    generatedAt: '2026-11-23T18:00:00.000Z',
    totals: {
      paymentCount: 3,
      payments: 3_500_000,
      refunds: 50_000,
      deposits: 0,
      net: 3_450_000,
      walletPayments: 0,
    },
    byMethod: [
      { method: 'CASH', paymentCount: 2, payments: 2_000_000, refunds: 50_000, deposits: 0, net: 1_950_000 },
      { method: 'POS', ...zero, paymentCount: 1, payments: 1_500_000, net: 1_500_000 },
    ],
    byCashier: [
      {
        cashierId: '00000000-0000-4000-8000-000000000001',
        cashierName: 'Chioma Eze',
        paymentCount: 3,
        payments: 3_500_000,
        refunds: 50_000,
        deposits: 0,
        net: 3_450_000,
      },
    ],
    shifts: [],
    outstanding: { count: 0, total: 0, items: [] },
    hmoReceivables: { count: 0, total: 0, items: [] },
    revenueLeaks: { count: 0, total: 0, items: [] },
    finalised: false,
    finalisedAt: null,
    finalisedBy: null,
    finalisedByName: null,
    ...overrides,
  };
}
