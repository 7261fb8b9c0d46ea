/**
 * Every gate a route may declare in `config.access.gates`, by name. A name is added here when a
 * module registers a gate under it (`app.gates.set(name, gate)`), so a typo in a route's
 * declaration fails the type check, and a declared gate that no module registered stops the server
 * from starting (spec: HTTP-GATE-1).
 */
export const GATE_NAMES = [
  /** The route's `:id` is a visit that is still OPEN (visits module). */
  'visitOpen',
  /** The visit's payment is cleared, or it is an emergency (visits module). */
  'paymentCleared',
  /** The caller is a verified portal patient (patients module). */
  'portalVerified',
] as const;

export type GateName = (typeof GATE_NAMES)[number];
