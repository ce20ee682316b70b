/**
 * Parameters of the other cumulation rules: self-employed activity (AR 20 July 1971, art. 23 to
 * 23ter, RSVZ/INASTI), sheltered work (joint committee 327), registered childminders, and the
 * income tranches used from 1 January 2012 to 31 March 2018.
 */
import type { Parameter, Reference } from './parameter.js';

const RSVZ_FAQ: Reference = {
  title: 'RSVZ/INASTI FAQ: work during incapacity — no reduction for 6 months, −10 % until 31 December of the third year after the start year, then the income test',
  href: 'https://www.inasti.be/fr/faq/quen-est-il-du-travail-en-periode-dincapacite-de-travail',
  status: 'official',
};
const INAMI_CEILINGS: Reference = {
  title: 'INAMI: yearly income ceilings for an authorised activity of a self-employed person (updated 20 December 2022)',
  href: 'https://www.inami.fgov.be/nl/themas/arbeidsongeschiktheid/bedragen/zelfstandigen/Paginas/max-inkomen-toegestane-beroepsactiviteit-arbeidsongeschikte.aspx',
  status: 'official',
};
const SHELTERED: Reference = {
  title: 'INAMI and MC/Partena: work in a sheltered/adapted workplace (joint committee 327) keeps the full benefit',
  href: 'https://www.riziv.fgov.be/fr/covid19/Pages/quelle-allocation-chomage-indemnite-cesser-activite-adaptee-pendant-incapacite-travail-covid19.aspx',
  status: 'official',
};
const CHILDMINDER: Reference = {
  title: 'MC and Partena: registered childminder — −25 % in the first year of the authorisation, then −50 %',
  href: 'https://www.mc.be/que-faire-en-cas-de/maladie-accident/incapacite-travail/indemnites/indemnites-reprise-partielle-salaries-chomeurs',
  status: 'secondary',
};
const KLUWER_2012: Reference = {
  title: 'Kluwer (2012): income-based reduction from 1 January 2012 — 0 % on the first 11.8278 €, 20 % on the next 7.0967 €, 50 % on the next 7.0967 €, 75 % above',
  href: 'http://www.kluwereasyweb.be/documents/voorbeeld-artikels-brokers/20120104-werkhervatting-reprise-du-travail.xml?lang=fr',
  status: 'secondary',
};
const EMPLOYEE_SSC: Reference = {
  title: 'Employee social security contribution 13.07 % of gross pay (Securex, Acerta)',
  href: 'https://www.securex.be',
  status: 'secondary',
};

/** Months of authorised self-employed activity without reduction. */
export const selfEmployedFreeMonths: Parameter<number> = {
  id: 'selfEmployed.freeMonths',
  description: 'Months of authorised activity without reduction of the benefit',
  unit: 'months',
  values: { '2012-01-01': { value: 6, reference: RSVZ_FAQ } },
};

/** Reduction from the 7th month until 31 December of the third year after the start year. */
export const selfEmployedFlatReductionPercent: Parameter<string> = {
  id: 'selfEmployed.flatReductionPercent',
  description: 'Reduction of the benefit from the 7th month until 31 December of the third year after the year the activity started',
  unit: 'percent',
  values: { '2012-01-01': { value: '10', reference: RSVZ_FAQ } },
};

/** Years after the start year that the flat reduction lasts (until 31 December of that year). */
export const selfEmployedFlatReductionYears: Parameter<number> = {
  id: 'selfEmployed.flatReductionYears',
  description: 'The flat reduction lasts until 31 December of this many years after the start year',
  unit: 'years',
  values: { '2012-01-01': { value: 3, reference: RSVZ_FAQ } },
};

/** Yearly ceiling of the net taxable professional income, keyed by income year (1 January). */
export const selfEmployedIncomeCeiling: Parameter<string> = {
  id: 'selfEmployed.incomeCeiling',
  description: 'Yearly ceiling of the net taxable professional income of the authorised activity, by income year',
  unit: 'euro per year',
  values: {
    '2008-01-01': { value: '17149.19', reference: INAMI_CEILINGS },
    '2013-01-01': { value: '17842.02', reference: INAMI_CEILINGS },
    '2017-01-01': { value: '18198.72', reference: INAMI_CEILINGS },
    '2018-01-01': { value: '18562.28', reference: INAMI_CEILINGS },
    '2019-01-01': { value: '18934.42', reference: INAMI_CEILINGS },
    '2021-01-01': { value: '19313.42', reference: INAMI_CEILINGS },
    '2022-01-01': { value: '20093.71', reference: INAMI_CEILINGS },
    '2023-01-01': { value: '22184.19', reference: INAMI_CEILINGS },
  },
};
/** The last income year whose ceiling is published; later years use it with a warning. */
export const LAST_KNOWN_CEILING_YEAR = 2023;

/** Excess over the ceiling (percent) below which the benefit is reduced by the excess. */
export const selfEmployedExcessLimitPercent: Parameter<string> = {
  id: 'selfEmployed.excessLimitPercent',
  description: 'Income above the ceiling by less than this percentage reduces the benefit by the same percentage',
  unit: 'percent',
  values: { '2012-01-01': { value: '15', reference: RSVZ_FAQ } },
};

export const shelteredWorkReductionPercent: Parameter<string> = {
  id: 'special.shelteredWorkReductionPercent',
  description: 'Reduction for work in a sheltered or adapted workplace (joint committee 327)',
  unit: 'percent',
  values: { '2018-04-01': { value: '0', reference: SHELTERED } },
};

export const childminderReductionPercent: Parameter<{ firstYear: string; after: string }> = {
  id: 'special.childminderReductionPercent',
  description: 'Reduction for a registered childminder: in the first year of the authorisation, then after',
  unit: 'percent',
  values: { '2018-04-01': { value: { firstYear: '25', after: '50' }, reference: CHILDMINDER } },
};

/** Income tranches of the daily income (gross − employee contributions) and their reduction. */
export const incomeTranches2012: Parameter<{ upTo: string | null; percent: string }[]> = {
  id: 'tranches2012.incomeTranches',
  description: 'Reduction of the daily benefit by tranche of daily income (amounts of 1 January 2012)',
  unit: 'euro per day / percent',
  values: {
    '2012-01-01': {
      value: [
        { upTo: '11.8278', percent: '0' },
        { upTo: '18.9245', percent: '20' },
        { upTo: '26.0212', percent: '50' },
        { upTo: null, percent: '75' },
      ],
      reference: KLUWER_2012,
    },
    // The indexed amounts of 2013 to 2018 were not found: the rule is not computed then.
    '2013-01-01': null,
  },
};

export const employeeSocialContributionPercent: Parameter<string> = {
  id: 'tranches2012.employeeSocialContributionPercent',
  description: "Employee's social security contribution deducted from the gross income before the tranches",
  unit: 'percent',
  values: { '2012-01-01': { value: '13.07', reference: EMPLOYEE_SSC } },
};
