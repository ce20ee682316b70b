/**
 * Package entry for bundlers: registers `<ips-benefits-calculator>` and exports its class, the
 * localisation helpers and the rules core.
 */
export { IpsBenefitsCalculator } from './ips-benefits-calculator.js';
export type { ForecastChangeDetail, ExportDetail, ShareDetail, ImportDetail } from './events.js';
export { setLocale, getLocale, type Language } from './localization.js';
export * from './core.js';
