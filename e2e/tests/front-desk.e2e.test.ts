import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openWatchedPage, type WatchedPage } from '../browser';
import { createPatient } from './front-desk-helpers';
import { DEMO_PASSWORD, signInAt } from './identity-helpers';
import { ARTIFACTS } from './scan';

let browser: Browser;
const baseUrl = inject('baseUrl');

// Each journey is a dozen round trips through three browsers on a loaded two-core box.
const JOURNEY_TIMEOUT_MS = 240_000;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type Role = 'reception' | 'cashier' | 'doctor';
type Desks = Record<Role, WatchedPage>;

const HOMES: Record<Role, { path: string; heading: string }> = {
  reception: { path: '/reception', heading: 'Reception' },
  cashier: { path: '/cashier', heading: 'Cashier' },
  doctor: { path: '/doctor', heading: 'Consulting room' },
};

/** One browser context per role, side by side, each signed in as the demo user at its home page. */
async function openDesks(): Promise<Desks> {
  const desks: Partial<Desks> = {};
  for (const role of Object.keys(HOMES) as Role[]) {
    const desk = await openWatchedPage(browser);
    desks[role] = desk;
    await signInAt(desk.page, baseUrl, HOMES[role].path, { username: role, password: DEMO_PASSWORD });
    await desk.page.getByRole('heading', { level: 1, name: HOMES[role].heading }).waitFor();
  }
  return desks as Desks;
}

async function closeDesks(desks: Partial<Desks>): Promise<void> {
  for (const desk of Object.values(desks)) await desk?.context.close();
}

/** Numbered screenshots of one journey in e2e/artifacts/journeys/, named after the desk and the step. */
function journal(journey: string) {
  let step = 0;
  return async (desk: Role, page: Page, what: string) => {
    step += 1;
    const dir = path.join(ARTIFACTS, 'journeys');
    await mkdir(dir, { recursive: true });
    // The app's header and navigation are fixed: from the top, a full-page shot draws them in place.
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = `${journey}-${String(step).padStart(2, '0')}-${desk}-${what}.png`;
    await page.screenshot({ path: path.join(dir, file), fullPage: true });
  };
}

/** Letters only (names refuse digits), different on every run and within one. */
let serial = 0;
function uniqueLetters(): string {
  serial += 1;
  return `${process.pid}${Date.now() % 1_000_000}${serial}`.replace(
    /\d/g,
    (d) => 'abcdefghij'[Number(d)] ?? 'x',
  );
}

/** A Nigerian mobile number (0813…) no other patient of the run has. */
function uniquePhone(): string {
  return `0813${String((process.pid * 7919 + Date.now() + serial) % 10_000_000).padStart(7, '0')}`;
}

const goTo = async (page: Page, to: string) => page.goto(new URL(to, baseUrl).href);

/** The doctor follows the patient's record to the visit's consulting room page. */
async function doctorOpensVisit(doctor: Page, patientId: string, visitNumber: string, heading: string) {
  await goTo(doctor, `/patients/${patientId}`);
  await doctor.getByRole('heading', { level: 1, name: heading }).waitFor();
  const row = doctor.locator(`tr[data-visit-number="${visitNumber}"]`);
  await row.getByRole('link', { name: 'Consultation' }).click();
  await doctor.waitForURL(/\/doctor\/visits\//);
  await doctor.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The cashier's till must be open before money is taken; a shift left open by another test is reused. */
async function ensureShiftOpen(cashier: Page): Promise<void> {
  const open = cashier.getByRole('button', { name: 'Open shift' });
  const close = cashier.getByRole('button', { name: 'Close shift' });
  await open.or(close).first().waitFor();
  if (await open.isVisible()) {
    await open.click();
    const dialog = cashier.getByRole('dialog', { name: 'Open till shift' });
    await dialog.getByLabel('Opening float', { exact: false }).fill('5000');
    await dialog.getByRole('button', { name: 'Open shift' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
  await cashier.getByText(/^Open since/).waitFor();
}

/** From the pending-payments queue to the visit's bill. */
async function cashierOpensBill(cashier: Page, visitNumber: string): Promise<void> {
  await goTo(cashier, '/cashier');
  await cashier.getByRole('heading', { level: 1, name: 'Cashier' }).waitFor();
  const queue = cashier.getByRole('table', { name: 'Visits waiting to pay' });
  await queue.getByRole('link', { name: `Bill of visit ${visitNumber}` }).click();
  await cashier.getByRole('heading', { level: 1, name: 'Visit billing' }).waitFor();
  await cashier.getByRole('table', { name: 'Charges' }).waitFor();
}

function lockTitle(doctor: Page) {
  return doctor.getByTestId('payment-locked');
}

describe('front desk journeys (reception, cashier and doctor side by side)', () => {
  test(
    'cash: register, open a visit, doctor locked until paid in two parts, receipt printed, consult and close',
    async () => {
      const shot = journal('cash');
      let desks: Partial<Desks> = {};
      try {
        desks = await openDesks();
        const { reception, cashier, doctor } = desks as Desks;
        const r = reception.page;
        const c = cashier.page;
        const d = doctor.page;

        // Reception registers a new patient through the form.
        const firstName = 'Ngozi';
        const lastName = `Adebayo${uniqueLetters()}`;
        const fullName = `${firstName} ${lastName}`;
        await r.getByRole('link', { name: 'Register patient' }).click();
        await r.getByRole('heading', { level: 1, name: 'Register patient' }).waitFor();
        await r.getByLabel('First name').fill(firstName);
        await r.getByLabel('Last name').fill(lastName);
        await r.getByRole('radio', { name: 'Female', exact: true }).check();
        // "Date of birth" is also the radio choosing how the age is given.
        await r.getByRole('textbox', { name: 'Date of birth' }).fill('1992-03-14');
        await r.getByLabel('Phone number').fill(uniquePhone());
        await shot('reception', r, 'registration-form');
        await r.getByRole('button', { name: 'Register patient' }).click();
        await r.getByRole('heading', { level: 1, name: fullName }).waitFor();
        await r
          .getByRole('status')
          .filter({ hasText: `${fullName} was registered as` })
          .waitFor();
        const patientId = new URL(r.url()).pathname.split('/').pop() ?? '';
        await shot('reception', r, 'patient-registered');

        // … and opens a cash visit from the patient page.
        await r.getByRole('button', { name: 'Open visit' }).click();
        const openDialog = r.getByRole('dialog', { name: `Open a visit for ${fullName}` });
        await openDialog.getByRole('radio', { name: 'Cash (patient pays)' }).check();
        await openDialog.getByLabel('Chief complaint').fill('Fever and headache for three days');
        const opened = r.waitForResponse(
          (res) => res.request().method() === 'POST' && new URL(res.url()).pathname === '/api/v1/visits',
        );
        await openDialog.getByRole('button', { name: 'Open visit' }).click();
        const visit = (await (await opened).json()) as { id: string; number: string };
        await r
          .getByRole('status')
          .filter({ hasText: `Visit ${visit.number} opened (unpaid)` })
          .waitFor();
        const receptionRow = r.locator(`tr[data-visit-number="${visit.number}"]`);
        await receptionRow.getByText('Unpaid').waitFor();
        await shot('reception', r, 'cash-visit-opened');

        // The doctor cannot start: the visit is not paid, and the page says so.
        await doctorOpensVisit(d, patientId, visit.number, fullName);
        await lockTitle(d).getByText('Waiting for payment — nothing paid yet').waitFor();
        expect(await d.getByRole('button', { name: 'Start consultation' }).count()).toBe(0);
        await shot('doctor', d, 'locked-unpaid');

        // The cashier opens the till (if needed) and finds the visit in the queue.
        await ensureShiftOpen(c);
        await cashierOpensBill(c, visit.number);
        await c.getByText('₦ 7,000.00').first().waitFor();
        await shot('cashier', c, 'bill-unpaid');

        // A partial payment, double-clicked: one payment only.
        await c.getByRole('button', { name: 'Take payment' }).click();
        const payDialog = c.getByRole('dialog', { name: 'Take payment' });
        await payDialog.getByLabel('Amount', { exact: false }).fill('3000');
        await shot('cashier', c, 'partial-payment-form');
        const paymentKeys: string[] = [];
        c.on('request', (req) => {
          if (req.method() === 'POST' && /\/visits\/[^/]+\/payments$/.test(new URL(req.url()).pathname))
            paymentKeys.push(req.headers()['idempotency-key'] ?? 'none');
        });
        await payDialog.getByRole('button', { name: 'Take payment' }).dblclick();
        const recorded = c.getByRole('dialog', { name: 'Payment recorded' });
        await recorded.getByText('₦ 3,000.00').waitFor();
        const firstReceipt = (await recorded.getByText(/^RCT-/).textContent())?.trim() ?? '';
        expect(firstReceipt).not.toBe('');
        await shot('cashier', c, 'partial-payment-recorded');
        await recorded.getByRole('button', { name: 'Done' }).click();
        await recorded.waitFor({ state: 'detached' });
        const payments = c.getByRole('table', { name: 'Payments' }).locator('tbody tr');
        await payments.first().waitFor();
        expect(await payments.count()).toBe(1);
        // Whatever reached the server carried the attempt's one key, so it could only post once.
        expect(paymentKeys.length).toBeGreaterThan(0);
        expect(new Set(paymentKeys).size).toBe(1);
        await c.getByText('Partially paid').first().waitFor();
        await shot('cashier', c, 'bill-partially-paid');

        // Still locked for the doctor, now with the partial payment named.
        await d.getByRole('button', { name: 'Check again' }).click();
        await lockTitle(d).getByText('Waiting for payment — partially paid').waitFor();
        await shot('doctor', d, 'locked-partially-paid');

        // The rest is paid; the receipt number is shown and the receipt printed as a PDF.
        await c.getByRole('button', { name: 'Take payment' }).click();
        const restDialog = c.getByRole('dialog', { name: 'Take payment' });
        expect(await restDialog.getByLabel('Amount', { exact: false }).inputValue()).toBe('4,000.00');
        await restDialog.getByRole('button', { name: 'Take payment' }).click();
        const done = c.getByRole('dialog', { name: 'Payment recorded' });
        await done.getByText('₦ 4,000.00').waitFor();
        const secondReceipt = (await done.getByText(/^RCT-/).textContent())?.trim() ?? '';
        expect(secondReceipt).toMatch(/^RCT-/);
        expect(secondReceipt).not.toBe(firstReceipt);
        const pdf = c.waitForResponse((res) => new URL(res.url()).pathname.endsWith('/receipt.pdf'));
        const tab = c.waitForEvent('popup');
        await done.getByRole('button', { name: 'Print receipt (A4)' }).click();
        const pdfResponse = await pdf;
        expect(pdfResponse.status()).toBe(200);
        expect(pdfResponse.headers()['content-type']).toContain('application/pdf');
        // The app fetches the PDF with the bearer token and shows it in a new tab from a blob URL.
        const receiptTab = await tab;
        expect(receiptTab.url()).toMatch(/^blob:/);
        expect(await receiptTab.evaluate(() => document.contentType)).toBe('application/pdf');
        expect(Number(pdfResponse.headers()['content-length'])).toBeGreaterThan(1000);
        await receiptTab.close();
        await shot('cashier', c, 'paid-receipt-shown');
        await done.getByRole('button', { name: 'Done' }).click();
        await done.waitFor({ state: 'detached' });
        await c.locator(`tr[data-receipt="${secondReceipt}"]`).waitFor();
        expect(await payments.count()).toBe(2);
        await shot('cashier', c, 'bill-paid');

        // The doctor's queue now holds the visit; the consultation starts and is completed.
        await goTo(d, '/doctor');
        await d.getByRole('heading', { level: 1, name: 'Consulting room' }).waitFor();
        const queueRow = d
          .getByRole('table', { name: 'Ready for consultation' })
          .locator(`tr[data-visit-number="${visit.number}"]`);
        await queueRow.waitFor();
        await shot('doctor', d, 'queue-cleared');
        await queueRow.getByRole('link', { name: fullName }).click();
        await d.getByRole('heading', { level: 1, name: fullName }).waitFor();
        await d.getByRole('button', { name: 'Start consultation' }).click();
        await d.getByLabel('Presenting complaint').fill('Fever and headache for three days, no vomiting.');
        await d.getByRole('button', { name: 'Add diagnosis' }).click();
        await d.getByLabel('ICD-10 code 1').fill('B54');
        await d.getByLabel('Diagnosis 1', { exact: true }).fill('Malaria, unspecified');
        await d.getByRole('radio', { name: 'Diagnosis 1 is primary' }).check();
        await shot('doctor', d, 'consultation-filled');
        await d.getByRole('button', { name: 'Complete consultation' }).click();
        const confirmComplete = d.getByRole('dialog', { name: 'Complete consultation' });
        await confirmComplete.getByRole('button', { name: 'Complete' }).click();
        await confirmComplete.waitFor({ state: 'detached' });
        await d.getByText('B54').waitFor();
        await d.getByText('Completed', { exact: true }).waitFor();
        await shot('doctor', d, 'consultation-completed');

        // … and closes the visit.
        await d.getByRole('button', { name: 'Close visit' }).click();
        const confirmClose = d.getByRole('dialog', { name: 'Close visit' });
        await confirmClose.getByRole('button', { name: 'Close visit' }).click();
        await d.getByText('This visit is closed. Nothing on it can be changed.').waitFor();
        expect(await d.getByRole('button', { name: 'Close visit' }).count()).toBe(0);
        await shot('doctor', d, 'visit-closed');

        // Reception sees the visit closed and paid.
        await r.reload();
        await receptionRow.getByText('Closed').waitFor();
        await receptionRow.getByText('Paid').waitFor();
        await shot('reception', r, 'visit-closed');

        for (const desk of [reception, cashier, doctor]) expect(desk.cspViolations).toEqual([]);
      } finally {
        await closeDesks(desks);
      }
    },
    JOURNEY_TIMEOUT_MS,
  );

  test(
    'HMO: visit on HMO cover waits for authorisation, doctor blocked until the cashier approves',
    async () => {
      const shot = journal('hmo');
      // Set-up through the API (registration has its own journey above): a patient with no visit.
      const patient = await createPatient(baseUrl);
      const fullName = `${patient.firstName} ${patient.lastName}`;
      let desks: Partial<Desks> = {};
      try {
        desks = await openDesks();
        const { reception, cashier, doctor } = desks as Desks;
        const r = reception.page;
        const c = cashier.page;
        const d = doctor.page;

        // Reception finds the patient and opens a visit on HMO cover entered in the dialog.
        await r.getByRole('searchbox', { name: 'Find a patient' }).fill(patient.lastName);
        await r.getByRole('list', { name: 'Matching patients' }).getByRole('link', { name: /Chidi/ }).click();
        await r.getByRole('heading', { level: 1, name: fullName }).waitFor();
        await r.getByRole('button', { name: 'Open visit' }).click();
        const dialog = r.getByRole('dialog', { name: `Open a visit for ${fullName}` });
        await dialog.getByRole('radio', { name: 'HMO' }).check();
        const hmo = dialog.getByRole('combobox', { name: 'HMO provider' });
        await hmo.locator('option', { hasText: 'Harmony Health HMO' }).waitFor({ state: 'attached' });
        await hmo.selectOption({ label: 'Harmony Health HMO (HARMONY)' });
        await dialog.getByLabel('Policy (enrollee) number', { exact: false }).fill('HHM/2026/004417');
        await dialog.getByRole('radio', { name: 'Full (100%)' }).check();
        await dialog.getByLabel('Chief complaint').fill('Persistent cough');
        await shot('reception', r, 'open-hmo-visit');
        const opened = r.waitForResponse(
          (res) => res.request().method() === 'POST' && new URL(res.url()).pathname === '/api/v1/visits',
        );
        await dialog.getByRole('button', { name: 'Open visit' }).click();
        const visit = (await (await opened).json()) as { id: string; number: string; paymentStatus: string };
        expect(visit.paymentStatus).toBe('INSURANCE_PENDING');
        await r
          .getByRole('status')
          .filter({ hasText: `Visit ${visit.number} opened (hmo authorisation pending)` })
          .waitFor();
        await r
          .locator(`tr[data-visit-number="${visit.number}"]`)
          .getByText('HMO authorisation pending')
          .waitFor();
        await shot('reception', r, 'hmo-visit-opened');

        // The doctor is blocked until the HMO authorises.
        await doctorOpensVisit(d, patient.id, visit.number, fullName);
        await lockTitle(d).getByText('Waiting for HMO authorisation').waitFor();
        expect(await d.getByRole('button', { name: 'Start consultation' }).count()).toBe(0);
        await shot('doctor', d, 'locked-hmo-pending');

        // The cashier records the HMO's authorisation code, approving the default amount.
        await ensureShiftOpen(c);
        await cashierOpensBill(c, visit.number);
        await c.getByText('HMO approval pending').waitFor();
        await shot('cashier', c, 'bill-hmo-pending');
        await c.getByRole('button', { name: 'Approve cover' }).click();
        const approve = c.getByRole('dialog', { name: 'Approve HMO cover' });
        await approve.getByLabel('Authorisation code', { exact: false }).fill('HH-AUTH-55821');
        expect(await approve.getByLabel('Approved amount', { exact: false }).inputValue()).toBe('7,000.00');
        await shot('cashier', c, 'approve-cover');
        await approve.getByRole('button', { name: 'Approve' }).click();
        await approve.waitFor({ state: 'detached' });
        const cover = c.getByRole('region', { name: 'HMO cover' });
        await cover.getByText('HH-AUTH-55821').waitFor();
        await cover.getByText('Approved', { exact: true }).waitFor();
        await c.getByText('HMO approved').first().waitFor();
        // Charges the HMO carries whole owe the patient nothing (not "Unpaid").
        const charges = c.getByRole('table', { name: 'Charges' });
        await charges.getByText('Nothing due').first().waitFor();
        expect(await charges.getByText('Unpaid').count()).toBe(0);
        await shot('cashier', c, 'cover-approved');

        // The doctor's page unlocks and the consultation starts.
        await d.getByRole('button', { name: 'Check again' }).click();
        await d.getByRole('button', { name: 'Start consultation' }).click();
        await d.getByLabel('Presenting complaint').waitFor();
        expect(await lockTitle(d).count()).toBe(0);
        await shot('doctor', d, 'consultation-started');

        for (const desk of [reception, cashier, doctor]) expect(desk.cspViolations).toEqual([]);
      } finally {
        await closeDesks(desks);
      }
    },
    JOURNEY_TIMEOUT_MS,
  );
});
