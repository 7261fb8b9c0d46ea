/**
 * The wallet module's door: what other modules, http/, seed/ and cli/ may use. Wallet deposits and the
 * patient's wallet ledger view.
 */
export { walletRoutes } from './wallet.routes';
