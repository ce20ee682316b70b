/**
 * Package entry for bundlers: registers `<ips-benefits-calculator>` and exports its class, the
 * localisation helpers and the rules core.
 */
export { IpsBenefitsCalculator, type ForecastChangeDetail } from './ips-benefits-calculator.js';
export { setLocale, getLocale, type Language } from './localization.js';
export * from './core.js';
