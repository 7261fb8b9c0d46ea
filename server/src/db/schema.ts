// Every module's tables, gathered for drizzle-kit and for typed queries. Each module owns its own file.

export * from '../modules/audit/audit.schema';
export * from '../modules/catalog/catalog.schema';
export * from '../modules/identity/identity.schema';
export * from '../modules/patients/patients.schema';
export * from '../modules/settings/settings.schema';
