/** Registers `<ips-benefits-calculator>`. Import this module once on any page. */
import { customElement } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { IpsBenefitsCalculator as Base } from './components/calculator/calculator.component.js';
import type { ExportDetail, ForecastChangeDetail, ImportDetail, ShareDetail } from './events.js';

export type { ExportDetail, ForecastChangeDetail, ImportDetail, ShareDetail };

// @customElement above @localized: elements already in the page re-render on a locale change.
@customElement('ips-benefits-calculator')
@localized()
export class IpsBenefitsCalculator extends Base {}

declare global {
  interface HTMLElementTagNameMap {
    'ips-benefits-calculator': IpsBenefitsCalculator;
  }
  interface GlobalEventHandlersEventMap {
    'ips-forecast-change': CustomEvent<ForecastChangeDetail>;
    'ips-export': CustomEvent<ExportDetail>;
    'ips-share': CustomEvent<ShareDetail>;
    'ips-import': CustomEvent<ImportDetail>;
  }
}
