/**
 * Indexation of social benefits (FR indexation des allocations sociales, NL indexering van de
 * sociale uitkeringen): each time the smoothed health index crosses the pivot index, benefits rise
 * by 2 % (law of 2 August 1971), the month after the crossing until 2025, the third month after it
 * since the programme law of 18 July 2025.
 *
 * INAMI does not chain "× 1.02": every amount is a base amount (index 100 of the law) times the
 * coefficient in force, and the coefficient after n crossings is 1.02ⁿ rounded to 4 decimals. That
 * is how the official tables are made: the monthly maxima of INAMI for 2021, 2022 and 2023 are
 * reproduced to the cent by base × coefficient (see `benefit-estimate.test.ts`), and the ceiling of
 * 2018 is published as "139.7388 EUR (101.7911 EUR before indexation)" = 101.7911 × 1.3728, with
 * 1.3728 = 1.02¹⁶ rounded.
 */
import type { Parameter, Reference } from './parameter.js';

// Sources of the dates (each crossing of the pivot index and the month benefits rose):
// VRT NWS 4 Nov 2011 (crossing of April 2011; next expected January 2012); Deplalaw 2016 (crossing
// of November 2012; May 2016 → June 2016, official notice of 11 August 2016); HLN 30 May 2017
// (May 2017 → June 2017); VRT NWS 27 Feb 2020 (August 2018 → September 2018, February 2020 →
// March 2020); INAMI's tables of maxima (2021–2022 steps); RTL 7 Nov 2023 and orbiss.be
// (October 2023 → November 2023, March 2024 → April 2024); BOSA (January 2025 → February 2025);
// Trends/Le Vif Dec 2025 and BX1 10 Mar 2026 (December 2025 → March 2026, third month after).
const INAMI_MAXIMA_TABLES: Reference = {
  title: 'INAMI/RIZIV: maximum primary benefit 2021–2023, by indexation date',
  href: 'https://www.riziv.fgov.be/nl/themas/arbeidsongeschiktheid/bedragen/werknemers-werklozen/Paginas/max-uitkering-primaire-ongeschiktheid.aspx',
  status: 'official',
};
const PIVOT_2011_2012: Reference = {
  title: 'Pivot index crossed April 2011, January and November 2012 (VRT NWS, Deplalaw)',
  href: 'https://www.vrt.be/vrtnws/nl/2011/11/04/spilindex_wellichtalinjanuarioverschreden-1-1147752/',
  status: 'secondary',
};
const PIVOT_2016: Reference = {
  title: 'Social benefits +2 % from 1 June 2016 (official notice of 11 August 2016)',
  href: 'https://www.deplalaw.be/documents/nieuwsarchief/kl2031290-sociale-uitkeringen-gestegen-door-overschrijding-spilindex-.xml?lang=nl',
  status: 'secondary',
};
const PIVOT_2017: Reference = {
  title: 'Social benefits +2 % in June 2017 (HLN); coefficient 1.3728 in the 2018 ceiling notice',
  href: 'http://www.hln.be/hln/nl/942/Economie/article/detail/3170292/2017/05/30/Spilindex-overschreden-uitkeringen-pensioenen-en-ambtenarenweddes-stijgen-met-2-procent.dhtml',
  status: 'secondary',
};
const PIVOT_2018_2020: Reference = {
  title: 'Social benefits +2 % in September 2018 and March 2020 (VRT NWS)',
  href: 'https://www.vrt.be/vrtnws/nl/2020/02/27/spilindex-is-overschreden-uw-uitkering-pensioen-of-loon-bij-de/',
  status: 'secondary',
};
const PIVOT_2023_2024: Reference = {
  title: 'Social benefits +2 % in November 2023 and April 2024 (RTL, Federal Planning Bureau)',
  href: 'https://www.rtl.be/actu/belgique/economie/le-bureau-du-plan-prevoit-toujours-un-depassement-de-lindice-pivot-en-mars-puis/2023-11-07/article/605877',
  status: 'secondary',
};
const BOSA_2025: Reference = {
  title: 'BOSA: pivot index crossed in January 2025, social benefits +2 % in February 2025',
  href: 'https://bosa.belgium.be/nl/news/index-januari-2025',
  status: 'official',
};
const PIVOT_2026: Reference = {
  title: 'Pivot crossed December 2025, benefits +2 % in March 2026 (programme law 18 July 2025; BX1)',
  href: 'https://bx1.be/categories/news/indexation-lindice-pivot-depasse-des-juillet-quatre-mois-plus-tot-que-prevu-selon-le-bureau-du-plan/',
  status: 'secondary',
};
/** Forecast of 10 March 2026: crossing July 2026 → October 2026; August 2027 → November 2027. */
export const PLANNING_BUREAU_FORECAST: Reference = {
  title: 'Federal Planning Bureau forecast of 10 March 2026 (BX1): +2 % in October 2026 and November 2027',
  href: 'https://bx1.be/categories/news/indexation-lindice-pivot-depasse-des-juillet-quatre-mois-plus-tot-que-prevu-selon-le-bureau-du-plan/',
  status: 'uncertain',
};

/**
 * The coefficient that turns a base amount into the amount paid, from the first day of the month
 * benefits were raised. n-th crossing since the base: 1.02ⁿ rounded to 4 decimals.
 */
export const indexCoefficient: Parameter<string> = {
  id: 'indexation.coefficient',
  description: 'Index coefficient of social benefits (1.02ⁿ to 4 decimals), from the month benefits were raised',
  unit: 'factor',
  values: {
    '2011-05-01': { value: '1.2682', reference: PIVOT_2011_2012 },
    '2012-02-01': { value: '1.2936', reference: PIVOT_2011_2012 },
    '2012-12-01': { value: '1.3195', reference: PIVOT_2011_2012 },
    '2016-06-01': { value: '1.3459', reference: PIVOT_2016 },
    '2017-06-01': { value: '1.3728', reference: PIVOT_2017 },
    '2018-09-01': { value: '1.4002', reference: PIVOT_2018_2020 },
    '2020-03-01': { value: '1.4282', reference: INAMI_MAXIMA_TABLES },
    '2021-09-01': { value: '1.4568', reference: INAMI_MAXIMA_TABLES },
    '2022-01-01': { value: '1.4859', reference: INAMI_MAXIMA_TABLES },
    '2022-03-01': { value: '1.5157', reference: INAMI_MAXIMA_TABLES },
    '2022-05-01': { value: '1.5460', reference: INAMI_MAXIMA_TABLES },
    '2022-08-01': { value: '1.5769', reference: INAMI_MAXIMA_TABLES },
    '2022-11-01': { value: '1.6084', reference: INAMI_MAXIMA_TABLES },
    '2022-12-01': { value: '1.6406', reference: INAMI_MAXIMA_TABLES },
    '2023-11-01': { value: '1.6734', reference: PIVOT_2023_2024 },
    '2024-04-01': { value: '1.7069', reference: PIVOT_2023_2024 },
    '2025-02-01': { value: '1.7410', reference: BOSA_2025 },
    '2026-03-01': { value: '1.7758', reference: PIVOT_2026 },
  },
};

/**
 * The next steps the Federal Planning Bureau forecasts, as coefficients; applied only when a
 * scenario asks for a projection (`projectIndexation`), and always marked as a projection.
 */
export const projectedIndexCoefficient: Parameter<string> = {
  id: 'indexation.projectedCoefficient',
  description: 'Projected index coefficient after the last known step (Federal Planning Bureau forecast)',
  unit: 'factor',
  values: {
    '2026-10-01': { value: '1.8114', reference: PLANNING_BUREAU_FORECAST },
    '2027-11-01': { value: '1.8476', reference: PLANNING_BUREAU_FORECAST },
  },
};

/** Publication date of the projection used, shown next to every projected amount. */
export const PROJECTION_PUBLISHED = '2026-03-10';

/**
 * In 2026 and 2028 one indexation is limited for benefits above 2,000 € gross a month (a flat
 * "index cent" instead of 2 % on the part above). How INAMI applies it to daily amounts is not
 * published: the forecast indexes in full and says so when an amount is above the threshold.
 */
export const indexationCapMonthlyThreshold: Parameter<string> = {
  id: 'indexation.capMonthlyThreshold',
  description: 'Monthly benefit above which the 2026 and 2028 indexation is limited (how, for daily benefits, is not published)',
  unit: 'euro per month',
  values: {
    '2026-01-01': { value: '2000', reference: { ...PIVOT_2026, status: 'uncertain' } },
    '2027-01-01': null,
    '2028-01-01': { value: '2000', reference: { ...PIVOT_2026, status: 'uncertain' } },
    '2029-01-01': null,
  },
};
