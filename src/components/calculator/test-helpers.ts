/** Shared helpers of the element's browser tests (not shipped). */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../ips-benefits-calculator.js';
import type { IpsBenefitsCalculator } from '../../ips-benefits-calculator.js';
import type { Scenario } from '../../scenario/types.js';

/** The example of the element's tests: 62.45 € a day, 8 h from January 2026, 16 h from April. */
export const EXAMPLE: Scenario = {
  version: 1,
  scheme: 'employee',
  start: '2026-01',
  months: 12,
  dailyBenefit: '62.45',
  // The core's default; the element's own default (projection on) has its own test.
  projectIndexation: false,
  work: [
    { from: '2026-01-01', hoursPerWeek: '8', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' },
    { from: '2026-04-01', hoursPerWeek: '16', fullTimeHoursPerWeek: '38', grossHourlyWage: '16.5' },
  ],
};


/**
 * A calculator showing `scenario` in `lang`, ignoring the page's address (no share link). Its
 * amounts are gross unless `amounts` says otherwise ('default': the element's own choice): most tests compare the table with the gross
 * forecast of the core (the net view has its own tests, net-view.test.ts).
 */
export async function calculator(scenario: unknown, lang = 'en', amounts: 'gross' | 'net' | 'default' = 'gross'): Promise<IpsBenefitsCalculator> {
  const el = await fixture<IpsBenefitsCalculator>(
    html`<ips-benefits-calculator lang=${lang} no-link-restore .amounts=${amounts === 'default' ? undefined : amounts} .scenario=${scenario}></ips-benefits-calculator>`,
  );
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: IpsBenefitsCalculator, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: IpsBenefitsCalculator, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Types into a field like a person: focus, select what is there, type (or erase). */
export async function typeInto(el: IpsBenefitsCalculator, id: string, text: string): Promise<void> {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.focus();
  input.select();
  if (text === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: text });
  await el.updateComplete;
}

/** Sets a field whose browser widget cannot be typed into portably (dates, months, selects). */
export async function setValue(el: IpsBenefitsCalculator, selector: string, value: string, event = 'input'): Promise<void> {
  const input = $<HTMLInputElement>(el, selector.startsWith('#') || selector.includes('[') ? selector : `#${selector}`);
  input.value = value;
  input.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
  await el.updateComplete;
}

type Numeric = `${number}`;
const locales = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE' } as const;

/** What Intl makes of an amount in a language, to compare with the element's text. */
export const money = (value: string, lang: keyof typeof locales = 'en') =>
  new Intl.NumberFormat(locales[lang], { style: 'currency', currency: 'EUR' }).format(value as Numeric);
export const number = (value: string, lang: keyof typeof locales = 'en') => new Intl.NumberFormat(locales[lang]).format(value as Numeric);
/** A percentage as the element writes it in every language: the number, a no-break space, "%". */
export const percent = (value: string, lang: keyof typeof locales = 'en') =>
  `${new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }).format(value as Numeric)}\u00a0%`;

/**
 * The coach's case of issue #23: 58,20 € a day, 16 h a week authorised from 1 February 2027 until
 * 31 January 2028, a 38 h job at 14,75 € an hour from 1 March 2027, over 12 months (February 2028
 * falls after the authorisation's end), with the planned indexations as the element applies them.
 */
export const issueCase = (hours: string): Scenario => ({
  version: 1,
  scheme: 'employee',
  start: '2027-03',
  months: 12,
  dailyBenefit: '58.20',
  projectIndexation: true,
  work: [{ from: '2027-03-01', hoursPerWeek: hours, fullTimeHoursPerWeek: '38', grossHourlyWage: '14.75' }],
  authorisation: { start: '2027-02-01', end: '2028-01-31', maxHoursPerWeek: '16', requestSent: '2027-01-15' },
});
