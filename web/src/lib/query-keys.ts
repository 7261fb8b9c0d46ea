/**
 * Every cache key of the web app's server reads, in one place. A key starts with its resource, so
 * invalidating `['visits']` reaches every visit view and `queryKeys.visit(id)` reaches one visit
 * with everything under it (its billing, its consultation).
 */
export const queryKeys = {
  visits: ['visits'] as const,
  visitLists: ['visits', 'list'] as const,
  visitList: (filter: object) => ['visits', 'list', filter] as const,
  visit: (id: string) => ['visits', id] as const,
  visitBilling: (id: string) => ['visits', id, 'billing'] as const,
  consultation: (visitId: string) => ['visits', visitId, 'consultation'] as const,

  /** The stations' work queues; each one polls while it is on screen. */
  worklists: ['worklists'] as const,
  receptionWorklist: (page: number) => ['worklists', 'reception', page] as const,
  cashierQueue: (page: number) => ['worklists', 'cashier', page] as const,
  doctorWorklist: (mine: boolean, page: number) => ['worklists', 'doctor', { mine, page }] as const,

  patients: ['patients'] as const,
  patientSearch: (q: string) => ['patients', 'search', q] as const,
  patient: (id: string) => ['patients', id] as const,
  wallet: (patientId: string, page: number, pageSize: number) =>
    ['patients', patientId, 'wallet', { page, pageSize }] as const,
  walletOf: (patientId: string) => ['patients', patientId, 'wallet'] as const,
  pendingSignups: (page: number) => ['patients', 'pending-verification', page] as const,

  currentShift: ['shifts', 'current'] as const,
  endOfDay: (date: string) => ['reports', 'end-of-day', date] as const,
  reports: ['reports'] as const,

  users: ['users'] as const,
  userList: (q: string, page: number) => ['users', { q, page }] as const,
  userNames: ['users', 'names'] as const,
  mfaPolicy: ['mfa-policy'] as const,
  auditChain: ['audit-logs', 'verify'] as const,
  audit: ['audit-logs'] as const,
  auditList: (filter: object) => ['audit-logs', filter] as const,

  catalogSearch: (q: string) => ['service-catalog', q] as const,
  doctors: ['staff', 'doctors'] as const,
  hmoProviders: ['hmo-providers', 'active'] as const,
  portalProfile: ['portal', 'me'] as const,
};
