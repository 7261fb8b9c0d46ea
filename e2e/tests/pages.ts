import type { Page } from 'playwright-core';

export interface AppPage {
  /** Also the screenshot's file name in e2e/artifacts/. */
  name: string;
  path: string;
  /** The page's <h1>, awaited before scanning so the scan sees the rendered page. */
  heading: string;
  title: string;
  viewport?: { width: number; height: number };
  /** Brings the page into a state worth scanning on its own (an error shown, a menu open). */
  prepare?: (page: Page) => Promise<void>;
}

const MOBILE = { width: 390, height: 844 };

/**
 * Every page of the app, and notable states of them. The accessibility scan, the CSP check and
 * the screenshots cover exactly this list: EVERY PAGE ADDED TO THE APP MUST BE ADDED HERE
 * (web/src/app/routing/paths.ts lists the routes).
 */
export const PAGES: readonly AppPage[] = [
  { name: 'home', path: '/', heading: 'Dashboard', title: 'Dashboard · Modern EMR' },
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
    name: 'home-offline',
    path: '/',
    heading: 'Dashboard',
    title: 'Dashboard · Modern EMR',
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
    name: 'home-mobile-navigation',
    path: '/',
    heading: 'Dashboard',
    title: 'Dashboard · Modern EMR',
    viewport: MOBILE,
    prepare: async (page) => {
      await page.getByRole('button', { name: 'Open navigation' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
    },
  },
];
