/**
 * Numbers, money, months and dates for display, through Intl in fr-BE, nl-BE, de-BE or en-BE. Amounts
 * arrive as decimal strings from the core and are formatted as strings (Intl reads them exactly).
 */
import { Dec } from './rules/decimal.js';
import { intlLocale, type Language } from './localization.js';

type NumericText = `${number}`;

export interface Formatters {
  /** "1 234,56 €" */
  money(value: string): string;
  /** A number with up to `maxDecimals` decimals: "12,5". */
  number(value: string | number, maxDecimals?: number): string;
  /** A percentage given in percent units ("31.58"): "31,58 %". */
  percent(value: string | number): string;
  /** "février 2026" from "2026-02". */
  month(month: string): string;
  /** "févr. 2026" from "2026-02". */
  shortMonth(month: string): string;
  /** "15 février 2026" from "2026-02-15". */
  date(date: string): string;
  /** "12,5 h" (FR), "12,5 u" (NL), "12,5 Std." (DE): a number of hours with the language's unit. */
  hours(value: string | number): string;
  /** The language's abbreviation of "hour". */
  hourUnit: string;
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
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (max: number) => {
    let f = numberFormats.get(max);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumFractionDigits: max });
      numberFormats.set(max, f);
    }
    return f;
  };
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortMonthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const utc = (text: string) => {
    const [y, m, d = '1'] = text.split('-');
    return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  };
  const percent = memo((value) => percentFormat.format(new Dec(value).div(100).toString() as NumericText));
  const made: Formatters = {
    money: memo((value) => moneyFormat.format(value as NumericText)),
    number: (value, max = 2) => numberFormat(max).format(String(value) as NumericText),
    percent: (value) => percent(String(value)),
    month: memo((month) => monthFormat.format(utc(month))),
    shortMonth: memo((month) => shortMonthFormat.format(utc(month))),
    date: memo((date) => dateFormat.format(utc(date))),
    hours: (value) => `${numberFormat(2).format(String(value) as NumericText)}\u00a0${HOUR_UNIT[language]}`,
    hourUnit: HOUR_UNIT[language],
  };
  cache.set(language, made);
  return made;
}
