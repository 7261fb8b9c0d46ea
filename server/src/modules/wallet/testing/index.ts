/** Test fixtures of the wallet module: for *.test.ts files and other testing/ folders only. */
export { insertPatient, insertVisitWithCharges, openShift } from './billing-fixtures';
