/** Test fixtures of the billing module: for *.test.ts files and other testing/ folders only. */
export { addCharges, createService, openVisit, postPayment } from './fixtures';
export {
  type FixtureVisit,
  fixtureCharge,
  fixtureDeposit,
  fixturePatient,
  fixturePayment,
  fixtureRefund,
  fixtureService,
  fixtureVisit,
} from './money-fixtures';
