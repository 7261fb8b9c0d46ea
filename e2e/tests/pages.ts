import type { Page } from 'playwright-core';
import { type Credentials, createStaffUser, registerPatient, uniqueUsername } from './identity-helpers';

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
  { name: 'cashier', path: '/cashier', heading: 'Cashier', title: 'Cashier · Modern EMR', signIn: 'cashier' },
  {
    name: 'doctor',
    path: '/doctor',
    heading: 'Consulting room',
    title: 'Consulting room · Modern EMR',
    signIn: 'doctor',
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
