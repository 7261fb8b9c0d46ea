import type { Page } from 'playwright-core';
import { type CreatedPatient, createPatient, openVisit } from './front-desk-helpers';
import {
  type Credentials,
  createStaffUser,
  DEMO_PASSWORD,
  registerPatient,
  uniqueUsername,
} from './identity-helpers';

export interface AppPage {
  /** Also the screenshot's file name in e2e/artifacts/. */
  name: string;
  path: string;
  /** The page's <h1>, awaited before scanning so the scan sees the rendered page. */
  heading: string;
  title: string;
  viewport?: { width: number; height: number };
  /**
   * Sign in first (through the sign-in page, which then returns to `path`): a demo username
   * (password DEMO_PASSWORD), or a function that sets up an account and returns its credentials.
   */
  signIn?: string | ((baseUrl: string) => Promise<Credentials>);
  /** Brings the page into a state worth scanning on its own (an error shown, a menu open). */
  prepare?: (page: Page) => Promise<void>;
}

const MOBILE = { width: 390, height: 844 };

const demo = (username: string): Credentials => ({ username, password: DEMO_PASSWORD });

/** Goes to a path of the app already open in `page` and waits for its <h1>. */
async function goTo(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.goto(new URL(path, page.url()).href);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/**
 * A page whose address holds an id made at set-up (a patient, a visit): the scan signs in at the
 * role's home, then `prepare` goes on to the page itself.
 */
function withPatient(
  username: string,
  visit: 'none' | 'cash' | 'emergency',
  then: (page: Page, patient: CreatedPatient, visitId: string) => Promise<void>,
): Pick<AppPage, 'signIn' | 'prepare'> {
  let patient: CreatedPatient | null = null;
  let visitId = '';
  return {
    signIn: async (baseUrl) => {
      patient = await createPatient(baseUrl);
      if (visit !== 'none') visitId = (await openVisit(baseUrl, patient.id, visit)).id;
      return demo(username);
    },
    prepare: async (page) => {
      if (!patient) throw new Error('the set-up did not create a patient');
      await then(page, patient, visitId);
    },
  };
}

/** A new account still on its temporary password. */
async function freshStaffUser(baseUrl: string): Promise<Credentials> {
  const username = uniqueUsername('e2e-scan');
  const password = 'Temporary-Mango-Tree-64!';
  await createStaffUser(baseUrl, {
    username,
    fullName: 'Scan Temporary',
    roles: ['NURSE'],
    temporaryPassword: password,
  });
  return { username, password };
}

/**
 * Every page of the app, and notable states of them. The accessibility scan, the CSP check and
 * the screenshots cover exactly this list: EVERY PAGE ADDED TO THE APP MUST BE ADDED HERE
 * (web/src/app/routing/paths.ts lists the routes). States reached only inside a flow (the MFA
 * step, recovery codes, a locked account) are scanned by that flow's test in identity.e2e.test.ts.
 */
export const PAGES: readonly AppPage[] = [
  { name: 'login', path: '/login', heading: 'Sign in', title: 'Sign in · Modern EMR' },
  {
    name: 'login-error',
    path: '/login',
    heading: 'Sign in',
    title: 'Sign in · Modern EMR',
    prepare: async (page) => {
      await page.getByLabel('Username').fill('nobody');
      await page.getByLabel('Password', { exact: false }).first().fill('wrong-password-123');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: 'Sign-in failed' }).waitFor();
    },
  },
  {
    name: 'login-offline',
    path: '/login',
    heading: 'Sign in',
    title: 'Sign in · Modern EMR',
    prepare: async (page) => {
      await page.context().setOffline(true);
      await page.getByRole('alert').filter({ hasText: 'You are offline' }).waitFor();
    },
  },
  {
    name: 'not-found',
    path: '/no/such/page',
    heading: 'Page not found',
    title: 'Page not found · Modern EMR',
  },
  {
    name: 'change-password',
    path: '/change-password',
    heading: 'Choose a new password',
    title: 'Choose a new password · Modern EMR',
    signIn: freshStaffUser,
    prepare: async (page) => {
      await page.getByLabel('New password', { exact: false }).first().fill('short1A');
    },
  },
  {
    name: 'admin-home',
    path: '/admin',
    heading: 'Administration',
    title: 'Administration · Modern EMR',
    signIn: 'admin',
  },
  {
    name: 'admin-users',
    path: '/admin/users',
    heading: 'Users',
    title: 'Users · Modern EMR',
    signIn: 'admin',
  },
  {
    name: 'admin-users-new',
    path: '/admin/users',
    heading: 'Users',
    title: 'Users · Modern EMR',
    signIn: 'admin',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'New user' }).click();
      await page.getByRole('dialog', { name: 'New staff account' }).waitFor();
    },
  },
  {
    name: 'admin-users-actions',
    path: '/admin/users',
    heading: 'Users',
    title: 'Users · Modern EMR',
    signIn: 'admin',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Actions for nurse' }).click();
      await page.getByRole('menuitem', { name: 'Deactivate' }).click();
      await page.getByRole('dialog', { name: 'Deactivate account' }).waitFor();
    },
  },
  {
    name: 'admin-audit-log',
    path: '/admin/audit-log',
    heading: 'Audit log',
    title: 'Audit log · Modern EMR',
    signIn: 'admin',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Verify chain' }).click();
      await page.getByText('Chain intact').waitFor();
    },
  },
  {
    name: 'reception',
    path: '/reception',
    heading: 'Reception',
    title: 'Reception · Modern EMR',
    signIn: async (baseUrl) => {
      // So the "awaiting verification" list has a row to scan.
      await registerPatient(baseUrl);
      return { username: 'reception', password: process.env.DEMO_PASSWORD ?? 'Demo-Clinic-2026!' };
    },
    prepare: async (page) => {
      await page
        .getByRole('button', { name: /^Verify / })
        .first()
        .waitFor();
    },
  },
  {
    name: 'reception-search',
    path: '/reception',
    heading: 'Reception',
    title: 'Reception · Modern EMR',
    ...withPatient('reception', 'cash', async (page, patient) => {
      await page.getByRole('searchbox', { name: 'Find a patient' }).fill(patient.lastName);
      await page.getByRole('list', { name: 'Matching patients' }).getByText(patient.mrn).waitFor();
    }),
  },
  {
    name: 'reception-register',
    path: '/reception/patients/new',
    heading: 'Register patient',
    title: 'Register patient · Modern EMR',
    signIn: 'reception',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Add allergy' }).click();
      await page.getByRole('button', { name: 'Register patient' }).click();
      await page.getByText('First name is required').waitFor();
    },
  },
  {
    name: 'reception-register-duplicate',
    path: '/reception',
    heading: 'Reception',
    title: 'Reception · Modern EMR',
    ...withPatient('reception', 'none', async (page, patient) => {
      await goTo(page, '/reception/patients/new', 'Register patient');
      await page.getByLabel('First name').fill(patient.firstName);
      await page.getByLabel('Last name').fill(patient.lastName);
      await page.getByRole('radio', { name: 'Male', exact: true }).check();
      await page.getByLabel('Phone number').fill(patient.phone);
      await page.getByRole('button', { name: 'Register patient' }).click();
      await page.getByText('Registered — but this may be a patient already on file').waitFor();
    }),
  },
  {
    name: 'patient',
    path: '/reception',
    heading: 'Reception',
    title: 'Reception · Modern EMR',
    ...withPatient('reception', 'cash', async (page, patient) => {
      await goTo(page, `/patients/${patient.id}`, `${patient.firstName} ${patient.lastName}`);
      await page.getByRole('table', { name: 'Visit history' }).waitFor();
    }),
  },
  {
    name: 'patient-open-visit',
    path: '/reception',
    heading: 'Reception',
    title: 'Reception · Modern EMR',
    ...withPatient('reception', 'none', async (page, patient) => {
      await goTo(page, `/patients/${patient.id}`, `${patient.firstName} ${patient.lastName}`);
      await page.getByRole('button', { name: 'Open visit' }).click();
      const dialog = page.getByRole('dialog', { name: /Open a visit/ });
      await dialog.getByRole('radio', { name: 'HMO' }).check();
      await dialog.getByRole('checkbox', { name: /Emergency/ }).check();
      await dialog.getByRole('combobox', { name: 'HMO provider' }).waitFor();
    }),
  },
  { name: 'cashier', path: '/cashier', heading: 'Cashier', title: 'Cashier · Modern EMR', signIn: 'cashier' },
  {
    name: 'cashier-visit-billing',
    path: '/cashier',
    heading: 'Cashier',
    title: 'Cashier · Modern EMR',
    ...withPatient('cashier', 'cash', async (page, _patient, visitId) => {
      await goTo(page, `/cashier/visits/${visitId}`, 'Visit billing');
      await page.getByRole('table', { name: 'Charges' }).waitFor();
    }),
  },
  {
    name: 'cashier-take-payment',
    path: '/cashier',
    heading: 'Cashier',
    title: 'Cashier · Modern EMR',
    ...withPatient('cashier', 'cash', async (page, _patient, visitId) => {
      await goTo(page, `/cashier/visits/${visitId}`, 'Visit billing');
      await page.getByRole('button', { name: 'Take payment' }).click();
      await page
        .getByRole('dialog', { name: 'Take payment' })
        .getByLabel('Amount', { exact: false })
        .waitFor();
    }),
  },
  {
    name: 'cashier-wallet',
    path: '/cashier',
    heading: 'Cashier',
    title: 'Cashier · Modern EMR',
    ...withPatient('cashier', 'none', async (page, patient) => {
      await goTo(page, `/cashier/patients/${patient.id}/wallet`, 'Wallet');
      await page.getByRole('table', { name: 'Wallet ledger' }).waitFor();
    }),
  },
  {
    // Not finalised here: that would freeze today's report for every other test of the run.
    name: 'cashier-end-of-day',
    path: '/cashier/end-of-day',
    heading: 'End of day',
    title: 'End of day · Modern EMR',
    signIn: 'cashier',
    prepare: async (page) => {
      await page.getByRole('table', { name: 'Takings by method' }).waitFor();
    },
  },
  {
    name: 'doctor',
    path: '/doctor',
    heading: 'Consulting room',
    title: 'Consulting room · Modern EMR',
    signIn: 'doctor',
  },
  {
    name: 'doctor-consultation-locked',
    path: '/doctor',
    heading: 'Consulting room',
    title: 'Consulting room · Modern EMR',
    ...withPatient('doctor', 'cash', async (page, patient, visitId) => {
      await goTo(page, `/doctor/visits/${visitId}`, `${patient.firstName} ${patient.lastName}`);
      await page.getByText(/^Waiting for payment/).waitFor();
    }),
  },
  {
    name: 'doctor-consultation',
    path: '/doctor',
    heading: 'Consulting room',
    title: 'Consulting room · Modern EMR',
    ...withPatient('doctor', 'emergency', async (page, patient, visitId) => {
      await goTo(page, `/doctor/visits/${visitId}`, `${patient.firstName} ${patient.lastName}`);
      await page.getByRole('button', { name: 'Start consultation' }).click();
      await page.getByRole('button', { name: 'Add diagnosis' }).click();
      await page.getByRole('button', { name: 'Close visit' }).first().click();
      await page
        .getByRole('dialog', { name: 'Close visit' })
        .getByRole('button', { name: 'Close visit' })
        .click();
      await page.getByText('The visit cannot be closed yet').waitFor();
    }),
  },
  {
    name: 'nurse',
    path: '/nurse',
    heading: 'Nursing station',
    title: 'Nursing station · Modern EMR',
    signIn: 'nurse',
  },
  { name: 'lab', path: '/lab', heading: 'Laboratory', title: 'Laboratory · Modern EMR', signIn: 'lab' },
  {
    name: 'radiology',
    path: '/radiology',
    heading: 'Radiology',
    title: 'Radiology · Modern EMR',
    signIn: 'radiology',
  },
  {
    name: 'pharmacy',
    path: '/pharmacy',
    heading: 'Pharmacy',
    title: 'Pharmacy · Modern EMR',
    signIn: 'pharmacy',
  },
  {
    name: 'portal',
    path: '/portal',
    heading: 'My health record',
    title: 'My health record · Modern EMR',
    signIn: (baseUrl) => registerPatient(baseUrl),
  },
  {
    name: 'account',
    path: '/account',
    heading: 'My account',
    title: 'My account · Modern EMR',
    signIn: 'lab',
  },
  {
    name: 'account-mfa-setup',
    path: '/account',
    heading: 'My account',
    title: 'My account · Modern EMR',
    signIn: 'radiology',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Set up two-factor authentication' }).click();
      await page.getByRole('img', { name: /QR code/ }).waitFor();
    },
  },
  {
    name: 'no-access',
    path: '/admin/users',
    heading: 'No access',
    title: 'No access · Modern EMR',
    signIn: 'nurse',
  },
  {
    name: 'admin-mobile-navigation',
    path: '/admin',
    heading: 'Administration',
    title: 'Administration · Modern EMR',
    viewport: MOBILE,
    signIn: 'admin',
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).waitFor();
    },
  },
];
