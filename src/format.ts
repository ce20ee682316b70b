/**
 * Numbers, money, months and dates for display, through Intl: English as English readers expect
 * (en-GB: "1,234.56", "1 March 2026"), French, Dutch and German as in Belgium (fr-BE "1 234,56",
 * nl-BE and de-BE "1.234,56"). Every percentage is written "21,05 %" (a no-break space, whatever
 * Intl's habit in the language). Amounts arrive as decimal strings from the core and are formatted
 * as strings (Intl reads them exactly); text a person typed is read with parseDecimal first, and
 * shown as it is when it is not a number (never "NaN").
 */
import { ZERO, fixed, parseDecimal } from './rules/decimal.js';
import { intlLocale, type Language } from './localization.js';

type NumericText = `${number}`;

export interface Formatters {
  /** "1 234,56 €" */
  money(value: string): string;
  /**
   * An amount to the euro, rounded half up and without its sign, for a sentence that says "more"
   * or "less" itself: "1 890 €", "€ 1.890", "€1,890".
   */
  euros(value: string): string;
  /** A number with up to `maxDecimals` decimals: "12,5". */
  number(value: string | number, maxDecimals?: number): string;
  /** A percentage given in percent units ("31.58"): "31,58 %". */
  percent(value: string | number): string;
  /** "février 2026" from "2026-02". */
  month(month: string): string;
  /**
   * A month after "of": in French with the preposition, elided before a vowel ("d'avril 2027",
   * "de mars 2027"), so that a sentence never reads "de avril"; the month alone in the other
   * languages, whose sentences carry their own "of" / "van" / "für".
   */
  ofMonth(month: string): string;
  /** "févr. 26" from "2026-02". */
  shortMonth(month: string): string;
  /** "15 février 2026" from "2026-02-15" ("1er février 2026" in French). */
  date(date: string): string;
  /** "12,5 h" (FR), "12,5 u" (NL), "12,5 Std." (DE): a number of hours with the language's unit. */
  hours(value: string | number): string;
  /** The language's abbreviation of "hour". */
  hourUnit: string;
  /** The language's decimal separator ("," or "."). */
  decimal: string;
  /** Between a label and what follows it: ": ", in French "\u00a0: " (a no-break space before the colon). */
  colon: string;
  /**
   * A plain number or an ISO date for a form field, the language's way: "62.45" → "62,45" (no
   * grouping), "2027-03-01" → "01/03/2027" ("01.03.2027" in German), "2027-03" → "03/2027"; other
   * text as it is.
   */
  field(value: string): string;
}

const cache = new Map<Language, Formatters>();

/** The abbreviation of "hour" (FR "h", NL "u" as in "8 u per week", DE "Std." as in "8 Std. pro Woche"). */
const HOUR_UNIT: Record<Language, string> = { en: 'h', fr: 'h', nl: 'u', de: 'Std.' };

/**
 * Remembers the texts already made: a forecast repeats the same amounts and months in several
 * views, and Intl formatting dominates the cost of a re-render otherwise.
 */
function memo(format: (value: string) => string): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    let text = seen.get(value);
    if (text === undefined) {
      if (seen.size > 4000) seen.clear();
      text = format(value);
      seen.set(value, text);
    }
    return text;
  };
}

export function formatters(language: Language): Formatters {
  const found = cache.get(language);
  if (found) return found;
  const locale = intlLocale(language);
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const nf = (max: number | string) => {
    let f = numberFormats.get(String(max));
    if (!f)
      numberFormats.set(
        String(max),
        (f = new Intl.NumberFormat(
          locale,
          max === '€' ? { style: 'currency', currency: 'EUR' } : max === '€0' ? { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 } : { maximumFractionDigits: +max },
        )),
      );
    return f;
  };
  /** A typed or computed number through Intl; a text that is not a number is shown as it is. */
  const num = (value: string | number, max: number | string = 2) => {
    const parsed = parseDecimal(value);
    return parsed ? nf(max).format(parsed.toString() as NumericText) : String(value);
  };
  const dtf = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const monthFormat = dtf({ month: 'long', year: 'numeric' });
  const shortMonthFormat = dtf({ month: 'short', year: '2-digit' });
  const dateFormat = dtf({ day: 'numeric', month: 'long', year: 'numeric' });
  const utc = (text: string) => {
    const [y, m, d = '1'] = text.split('-');
    return new Date(Date.UTC(+y, +m - 1, +d));
  };
  const decimal = nf(1).format(1.5).charAt(1);
  // Day, month and year in that order in all four languages: only the separator differs.
  const dateSeparator = dtf({ day: '2-digit', month: '2-digit', year: 'numeric' }).format(0).charAt(2);
  const percent = memo((value) => `${num(value)}\u00a0%`);
  const made: Formatters = {
    money: memo((value) => num(value, '€')),
    euros: memo((value) => {
      const d = parseDecimal(value);
      return d ? nf('€0').format(fixed(d.isNegative() ? ZERO.minus(d) : d, 0) as NumericText) : value;
    }),
    number: num,
    percent: (value) => percent(String(value)),
    month: memo((month) => monthFormat.format(utc(month))),
    ofMonth: (month) => {
      const name = made.month(month);
      return language !== 'fr' ? name : /^[aeiouyàâéèêîôû]/i.test(name) ? `d'${name}` : `de ${name}`;
    },
    shortMonth: memo((month) => shortMonthFormat.format(utc(month))),
    // French writes the first of the month "1er".
    date: memo((date) => dateFormat.format(utc(date)).replace(/^1 /, language === 'fr' ? '1er ' : '1 ')),
    hours: (value) => `${num(value)}\u00a0${HOUR_UNIT[language]}`,
    hourUnit: HOUR_UNIT[language],
    decimal,
    colon: language === 'fr' ? '\u00a0: ' : ': ',
    field: (value) => {
      const iso = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(value);
      if (iso) return [iso[3], iso[2], iso[1]].filter(Boolean).join(dateSeparator);
      return /^-?\d+([.,]\d+)?$/.test(value) ? value.replace(/[.,]/, decimal) : value;
    },
  };
  cache.set(language, made);
  return made;
}
