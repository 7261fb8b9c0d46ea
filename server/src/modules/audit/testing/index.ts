/** The audit module's test door: fixtures for tests that tamper with the log on purpose. */
export { behindTheTrigger } from './tamper';
