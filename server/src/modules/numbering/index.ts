/**
 * The numbering module's door: what other modules, http/, seed/ and cli/ may use. Gapless document
 * numbers (receipts, invoices).
 */
export { nextDocumentNumber } from './numbering.service';
