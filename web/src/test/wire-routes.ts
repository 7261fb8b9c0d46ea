import {
  auditChainCheckSchema,
  auditEntrySchema,
  chargeChangedSchema,
  consultationSchema,
  endOfDayReportSchema,
  hmoProviderSchema,
  meSchema,
  mfaPolicySchema,
  mfaSetupResponseSchema,
  mfaVerifyResponseSchema,
  pageSchema,
  patientCreatedSchema,
  patientSchema,
  patientSearchPageSchema,
  paymentCreatedSchema,
  pendingRegistrationSchema,
  portalProfileSchema,
  refundChangedSchema,
  sessionResponseSchema,
  shiftSchema,
  staffMemberSchema,
  userSchema,
  visitBillingViewSchema,
  visitInsuranceChangedSchema,
  visitListItemSchema,
  visitSchema,
  walletDepositCreatedSchema,
  walletViewSchema,
} from '@modern-emr/domain';
import { z } from 'zod';

const visitPage = pageSchema(visitListItemSchema);
/** What the catalogue search gives the cashier (web/src/features/cashier/catalog-api.ts). */
const catalogEntry = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  department: z.string(),
  price: z.number().int(),
});
const nothing = z.undefined();

/**
 * The HTTP contract as the web app uses it: method and path pattern → the domain's wire schema of
 * the answer. The fake API types each test's answers with it and checks them against it, so a
 * fixture that drifts from the server's shape fails the test instead of passing on a fiction.
 */
export const wireRoutes = {
  'GET /api/health': z.object({ status: z.string() }),
  'POST /api/v1/auth/login': sessionResponseSchema,
  'POST /api/v1/auth/refresh': sessionResponseSchema,
  'POST /api/v1/auth/logout': nothing,
  'GET /api/v1/auth/me': meSchema,
  'POST /api/v1/auth/password': sessionResponseSchema,
  'POST /api/v1/auth/mfa/setup': mfaSetupResponseSchema,
  'POST /api/v1/auth/mfa/verify': mfaVerifyResponseSchema,
  'POST /api/v1/auth/mfa/disable': nothing,

  'GET /api/v1/users': pageSchema(userSchema),
  'POST /api/v1/users': userSchema,
  'PATCH /api/v1/users/:id': userSchema,
  'GET /api/v1/mfa-policy': mfaPolicySchema,
  'PUT /api/v1/mfa-policy': mfaPolicySchema,
  'GET /api/v1/audit-logs': pageSchema(auditEntrySchema),
  'GET /api/v1/audit-logs/verify': auditChainCheckSchema,

  'GET /api/v1/patients': patientSearchPageSchema,
  'POST /api/v1/patients': patientCreatedSchema,
  'GET /api/v1/patients/pending-verification': pageSchema(pendingRegistrationSchema),
  'GET /api/v1/patients/:id': patientSchema,
  'POST /api/v1/patients/:id/archive': patientSchema,
  'POST /api/v1/patients/:id/restore': patientSchema,
  'POST /api/v1/patients/:id/verify': z.object({
    id: z.string(),
    portalVerified: z.literal(true),
    verifiedAt: z.string(),
  }),
  'GET /api/v1/patients/:id/wallet': walletViewSchema,
  'POST /api/v1/patients/:id/wallet': walletDepositCreatedSchema,
  'GET /api/v1/portal/profile': portalProfileSchema,

  'GET /api/v1/visits': visitPage,
  'POST /api/v1/visits': visitSchema,
  'GET /api/v1/visits/:id': visitSchema,
  'POST /api/v1/visits/:id/close': visitSchema,
  'GET /api/v1/visits/:id/billing': visitBillingViewSchema,
  'POST /api/v1/visits/:id/charges': chargeChangedSchema,
  'POST /api/v1/visits/:id/payments': paymentCreatedSchema,
  'POST /api/v1/visits/:id/insurance': visitInsuranceChangedSchema,
  'POST /api/v1/visits/:id/insurance/approve': visitInsuranceChangedSchema,
  'POST /api/v1/visits/:id/insurance/reject': visitInsuranceChangedSchema,
  'POST /api/v1/visits/:id/defer-balance': visitSchema,
  'GET /api/v1/visits/:id/consultation': consultationSchema,
  'POST /api/v1/visits/:id/consultation': consultationSchema,
  'PATCH /api/v1/visits/:id/consultation': consultationSchema,
  'POST /api/v1/visits/:id/consultation/complete': consultationSchema,
  'POST /api/v1/charges/:id/waive': chargeChangedSchema,
  'POST /api/v1/charges/:id/void': chargeChangedSchema,
  'POST /api/v1/payments/:id/refund': refundChangedSchema,

  'GET /api/v1/worklists/reception': visitPage,
  'GET /api/v1/worklists/cashier': visitPage,
  'GET /api/v1/worklists/doctor': visitPage,
  'GET /api/v1/shifts/current': shiftSchema.nullable(),
  'POST /api/v1/shifts/open': shiftSchema,
  'POST /api/v1/shifts/close': shiftSchema,
  'GET /api/v1/reports/end-of-day': endOfDayReportSchema,
  'POST /api/v1/reports/end-of-day/finalise': endOfDayReportSchema,
  'GET /api/v1/service-catalog': pageSchema(catalogEntry),
  'GET /api/v1/staff/doctors': pageSchema(staffMemberSchema),
  'GET /api/v1/hmo-providers': pageSchema(hmoProviderSchema),
} as const satisfies Record<string, z.ZodType>;

export type WireRoute = keyof typeof wireRoutes;
/** The answer body a test may give for a route (the schema's input: what goes over the wire). */
export type WireAnswer<R extends WireRoute> = z.input<(typeof wireRoutes)[R]>;
