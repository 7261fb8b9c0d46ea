/** Every client-side route. Each new page must also be added to the e2e page list (e2e/tests/pages.ts). */
export const paths = {
  home: '/',
  login: '/login',
  changePassword: '/change-password',
  account: '/account',
  admin: '/admin',
  adminUsers: '/admin/users',
  adminAuditLog: '/admin/audit-log',
  reception: '/reception',
  receptionNewPatient: '/reception/patients/new',
  patient: '/patients/:id',
  cashier: '/cashier',
  cashierVisit: '/cashier/visits/:id',
  cashierWallet: '/cashier/patients/:id/wallet',
  cashierEndOfDay: '/cashier/end-of-day',
  doctor: '/doctor',
  doctorVisit: '/doctor/visits/:id',
  nurse: '/nurse',
  lab: '/lab',
  radiology: '/radiology',
  pharmacy: '/pharmacy',
  portal: '/portal',
} as const;

/** `/login?next=/admin/users`: where to come back to after signing in. */
export function loginPath(next?: string): string {
  return next && next !== paths.home ? `${paths.login}?next=${encodeURIComponent(next)}` : paths.login;
}

/** Only same-app paths: never bounce the user to another site after signing in. */
export function safeNext(value: string | null | undefined): string | null {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith(paths.login)) return null;
  return value;
}
