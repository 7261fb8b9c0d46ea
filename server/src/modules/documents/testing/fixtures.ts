import type {
  ClinicLetterhead,
  InvoiceData,
  ReceiptData,
  StatementData,
  StatementEntry,
} from '../documents.types';
import { sampleLogoPng } from './logo';

export const GENERATED_AT = new Date('2026-03-14T15:42:00Z');

export const clinic: ClinicLetterhead = {
  clinicName: 'Lekki Family Clinic',
  address: '14 Admiralty Way, Lekki Phase 1, Lagos 106104',
  phone: '0803 555 0142',
  email: 'billing@lekkifamilyclinic.ng',
  logoPng: sampleLogoPng(),
};

const base = { currency: 'NGN', timeZone: 'Africa/Lagos' };
const patient = { name: 'Chiamaka Adaeze Okonkwo', mrn: 'MRN-000482' };

/** A part payment over three charges, leaving a balance. 12,500.00 naira. */
export const receipt: ReceiptData = {
  ...base,
  receiptNumber: 'RCT-2026-000042',
  issuedAt: new Date('2026-03-14T09:30:00Z'),
  cashierName: 'Ibrahim Musa',
  patient,
  visitNumber: 'VIS-2026-000311',
  method: 'POS',
  reference: 'POS-7781-2291',
  amount: 1_250_000,
  allocations: [
    { code: 'REG-01', name: 'Registration (new patient)', amount: 300_000 },
    { code: 'CON-GP', name: 'General practitioner consultation', amount: 700_000 },
    { code: 'LAB-FBC', name: 'Full blood count', amount: 250_000 },
  ],
  balanceAfter: 450_000,
};

/** An HMO visit with 70% partial cover approved, one waived charge and one payment. */
export const invoice: InvoiceData = {
  ...base,
  invoiceNumber: 'INV-2026-000013',
  issuedAt: new Date('2026-03-14T10:05:00Z'),
  patient: { name: 'Oluwaseun Babatunde Adeyemi', mrn: 'MRN-000517' },
  visitNumber: 'VIS-2026-000318',
  payer: {
    type: 'HMO',
    providerName: 'Hygeia HMO',
    policyNumber: 'HYG/LAG/204871',
    authorisationCode: 'AUTH-88213',
  },
  lines: [
    line('CON-SP', 'Specialist consultation (Internal medicine)', 1, 1_500_000, 1_050_000, 450_000, 'PAID'),
    line('LAB-MP', 'Malaria parasite test (thick and thin film)', 1, 350_000, 245_000, 105_000, 'PAID'),
    line('LAB-FBC', 'Full blood count', 1, 500_000, 350_000, 150_000, 'PARTIALLY_PAID'),
    line('DRG-ART', 'Artemether/Lumefantrine 80/480 mg tablets', 6, 75_000, 315_000, 135_000, 'PENDING'),
    line('RAD-CXR', 'Chest X-ray (PA view)', 1, 1_200_000, 0, 0, 'WAIVED'),
  ],
  summary: {
    charges: 4_000_000,
    waived: 1_200_000,
    hmoCovered: 1_960_000,
    hmoPending: 0,
    patientShare: 840_000,
    paid: 650_000,
    outstanding: 190_000,
  },
  payments: [
    {
      receiptNumber: 'RCT-2026-000051',
      date: new Date('2026-03-14T10:20:00Z'),
      method: 'TRANSFER',
      amount: 650_000,
    },
  ],
};

function line(
  code: string,
  name: string,
  quantity: number,
  unitPrice: number,
  hmoShare: number,
  patientShare: number,
  status: InvoiceData['lines'][number]['status'],
): InvoiceData['lines'][number] {
  return { code, name, quantity, unitPrice, amount: quantity * unitPrice, hmoShare, patientShare, status };
}

/** 80 ledger lines over a long admission-like visit: charges, then payments, a waiver and a refund. */
export function longStatement(): StatementData {
  const entries: StatementEntry[] = [];
  const start = Date.parse('2026-02-02T08:00:00Z');
  const services = [
    ['NUR-DAY', 'Nursing care (day)', 800_000],
    ['DRG-CEF', 'Ceftriaxone 1 g injection', 250_000],
    ['LAB-EUC', 'Electrolytes, urea and creatinine', 650_000],
    ['DRG-PCM', 'Paracetamol 500 mg tablets x 20', 40_000],
    ['CON-FU', 'Doctor review', 500_000],
  ] as const;
  for (let i = 0; i < 80; i++) {
    const date = new Date(start + i * 3 * 3_600_000);
    if (i % 5 === 4) {
      entries.push({
        date,
        kind: 'PAYMENT',
        description: 'Payment (cash)',
        reference: `RCT-2026-${String(100 + i).padStart(6, '0')}`,
        amount: 1_500_000,
      });
    } else if (i === 41) {
      entries.push({
        date,
        kind: 'WAIVER',
        description: 'Waiver: nursing care (hardship)',
        reference: 'NUR-DAY',
        amount: 800_000,
      });
    } else if (i === 62) {
      entries.push({
        date,
        kind: 'REFUND',
        description: 'Refund: duplicate payment',
        reference: 'RCT-2026-000144',
        amount: 200_000,
      });
    } else {
      const [code, description, amount] = services[i % services.length] ?? services[0];
      entries.push({ date, kind: 'CHARGE', description, reference: code, amount });
    }
  }
  return {
    ...base,
    visitNumber: 'VIS-2026-000204',
    issuedAt: new Date('2026-02-12T11:00:00Z'),
    patient: { name: 'Ngozi Chukwuemeka Eze', mrn: 'MRN-000377' },
    payerLabel: 'Cash',
    entries,
  };
}
