// Every module's tables, gathered for drizzle-kit and for typed queries. Each module owns its own file.

export * from '../config/development-secret.schema';
export * from '../modules/audit/audit.schema';
export * from '../modules/billing/billing.schema';
export * from '../modules/billing/wallet.schema';
export * from '../modules/catalog/catalog.schema';
export * from '../modules/consultation/consultation.schema';
export * from '../modules/hmo/hmo.schema';
export * from '../modules/idempotency/idempotency.schema';
export * from '../modules/identity/identity.schema';
export * from '../modules/numbering/numbering.schema';
export * from '../modules/patients/patients.schema';
export * from '../modules/settings/settings.schema';
export * from '../modules/till/till.schema';
export * from '../modules/visit-records/visits.schema';
