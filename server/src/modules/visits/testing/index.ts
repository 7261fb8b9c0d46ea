/** Test fixtures of the visits module: for *.test.ts files and other testing/ folders only. */
export { auditRows, insertPatient, insertProvider, insertService } from './visit-fixtures';
export {
  addCharge,
  CASHIER,
  consultAndComplete,
  DOCTOR,
  getVisit,
  NURSE,
  openVisitOk,
  PRIMARY,
  RECEPTION,
  recordPayment,
} from './visit-flow';
