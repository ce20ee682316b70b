/**
 * Parameters of the gross-to-net estimate (issue 13): the worker's own social security
 * contribution, the social work bonus (werkbonus / bonus à l'emploi), the special social security
 * contribution as withheld each month, the withholding tax on wages by the key formula of Annex III
 * to the Royal Decree implementing the Income Tax Code 1992 (AR/CIR 92), the withholding on
 * sickness-fund benefits and the yearly personal income tax.
 *
 * Only the net views, the command line and the exports import this file (never the element's
 * first render). Every row says where it comes from and how sure it is: the official documents
 * (FPS Finance key formula PDFs, the social security portal's DmfA instructions) could not be read
 * for this project; the amounts below are those restated by payroll offices, a union's workbook and
 * open-source payroll calculators that cite them, checked against each other, against FPS
 * Finance's own simulator 2026 and against payslips (test/fixtures/net-examples.json). The net
 * views show a notice saying so (`NET_IS_ESTIMATE`).
 */
import type { Parameter, Reference } from './parameter.js';

// --- Sources -----------------------------------------------------------------------------------

const DMFA_WORK_BONUS: Reference = {
  title: 'Socialsecurity.be, DmfA administrative instructions: work bonus (13.07 % contribution; blue-collar workers declared at 108 %; part-time: P = (H/U) × R, H/U to two decimals, R on the full-time monthly reference wage)',
  href: 'https://www.socialsecurity.be/employer/instructions/dmfa/nl/2023-4/instructions/deductions/workers_reductions/workbonus.html',
  status: 'official',
};
const EASYPAY_WORK_BONUS_2025: Reference = {
  title: 'Easypay Group, flash 10499: work bonus from 1 February 2025, parts A and B, white- and blue-collar workers (restating the DmfA instructions)',
  href: 'https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/?id=10499',
  status: 'secondary',
};
const WORK_BONUS_BEFORE_FEB_2025: Reference = {
  title: 'Inferred: the amounts of 1 February 2025 before their indexation of +2 % (÷ 1.02, to the cent); the January 2025 table was not found',
  status: 'inferred',
};
const WORK_BONUS_2026_JANUARY: Reference = {
  title: 'Work bonus from 1 January 2026 (indexed; part A still ends at 3 271.48 €, slopes 0.2807 white-collar and 0.3032 blue-collar), as restated from a Partena infoflash by two open-source payroll programs (DuxSalary parametres_dates.py; Aureus Social Pro); not read on the official page',
  href: 'https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/deductions/workers_reductions/workbonus.html',
  status: 'uncertain',
};
const WORK_BONUS_2026: Reference = {
  title: 'Work bonus from 1 March 2026 (part A extended to 3 336.98 €, slopes 0.2442 and 0.2638) and from 1 April 2026 (minimum-wage rise), as restated by open-source payroll programs from Partena, Easypay and Securex flashes (DuxSalary: April values checked on two blue-collar payslips of May and June 2026) and by the FGTB workbook "Calcul AGR 01042026.xlsm" (April 2026, white-collar: 168.62 − 0.2699 × (S − 2 255.50); 125.04 − 0.2738 × (S − 2 880.32) up to 3 336.98); not read on the official page',
  href: 'https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/deductions/workers_reductions/workbonus.html',
  status: 'secondary',
};
const WORK_BONUS_2026_SECOND_HALF: Reference = {
  title: 'DmfA instructions 2026/3 (work bonus for July–August and from September 2026), as restated by two open-source payroll programs (VicdSpt/Wage_Calculator, white-collar; DuxSalary, both kinds, September checked against a Group S simulation); the blue-collar amounts equal white-collar × 1.08, as in every table since 2024. The yearly ceiling of the reduction (3 594.36 € a calendar year from 1 July 2026, DmfA 2026/3 as quoted by DuxSalary) is not applied: twelve white-collar months at the maximum reach it exactly (12 × 299.53 €); a blue-collar worker at the maximum all year (12 × 323.49 €) would pass it, if the same ceiling applies to them — not checked',
  href: 'https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/deductions/workers_reductions/workbonus.html',
  status: 'secondary',
};
const DMFA_SPECIAL_CONTRIBUTION: Reference = {
  title: 'Socialsecurity.be, DmfA instructions (2026/3, pp. 336–337 as quoted by DuxSalary; scale unchanged since 1 April 2022): special social security contribution withheld by household, on the declared wage (108 % for blue-collar workers), the quarterly scale ÷ 3 (fixed 30.99/82.05/118.83/182.82 € a quarter = 10.33/27.35/39.61/60.94 € a month); matched by SD Worx payslips of 2025 (16.30 € on 2 732.94 €)',
  href: 'https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/special_contributions/other_specialcontributions/specialsocialsecuritycontribution.html',
  status: 'secondary',
};
const KEY_FORMULA_2025: Reference = {
  title: 'FPS Finance, key formula for the withholding tax on income paid from 1 January 2025 (Annex III AR/CIR 92, AR 12 December 2024, Moniteur belge 18 December 2024, ESS-SR/2024-0015): no. 8 1° expenses 30 % up to 5 930 €; annex 1 scale; no. 11 a tax-free sum 10 900 € (2 915.75 €); no. 11 b quotient 30 % up to 13 460 €; annex 3 children; annex 4 point 1 single parent 612 €; no. 20 fiscal work bonus — point by point as restated by VicdSpt/Wage_Calculator (p2025.ts), not read in the PDF. Two SD Worx payslips of 2025 withhold 17.85 € a month less (see test/fixtures/net-examples.json)',
  href: 'https://finances.belgium.be/fr/entreprises/personnel_et_remuneration/precompte_professionnel/calcul',
  status: 'secondary',
};
const KEY_FORMULA_2026: Reference = {
  title: 'FPS Finance, key formula for the withholding tax on income paid from 1 January 2026 (Annex III AR/CIR 92, AR 11 December 2025, ESS-SR/2025-0928), as restated by open-source payroll programs and the FGTB workbook "Calcul AGR 01042026.xlsm" (expenses 30 % up to 6 070 €; scale 16 710 / 29 500 / 51 050 € with 4 469.93 / 9 944.05 / 20 320.38 €; 2 987.98 €; quotient up to 13 790 €), and checked against FPS Finance\'s own simulator 2026 (SimulateurPrP2026, as run by DuxSalary: 381.01 € single and 35.99 € one-income couple on a taxable 2 500 €); FPS Finance says it may be adapted during 2026',
  href: 'https://finance.belgium.be/en/node/1540',
  status: 'secondary',
};
const OTHER_DEPENDANT_INFERRED: Reference = {
  title: 'Inferred: the key formula gives each other dependant the same yearly reduction as the single-parent reduction (as in earlier years and in 2026); the 2025 amount was not read',
  status: 'inferred',
};
const OTHER_DEPENDANT_2026: Reference = {
  title: 'Key formula 2026, annex 4.4 / 5.4: 624 € a year for each other dependant (not a child; 1 992 € for a dependant aged 65 or more needing care, not modelled), as read in FPS Finance\'s simulator 2026 by DuxSalary',
  href: 'https://finance.belgium.be/en/node/1540',
  status: 'secondary',
};
const BENEFIT_WITHHOLDING: Reference = {
  title: 'Withholding tax of 11.11 % on sickness-fund benefits in primary incapacity, the first year (Annex III AR/CIR 92, replacement income; MC, "Salarié en incapacité primaire": "un précompte professionnel (environ 11 %) est retenu"; INAMI, 10/2024: 11.11 % also on the yearly catch-up premium)',
  href: 'https://www.mc.be/que-faire-en-cas-de/maladie-accident/incapacite-travail/indemnites/salarie',
  status: 'secondary',
};
const INVALIDITY_WITHHOLDING: Reference = {
  title: 'Withholding of 11.11 % on invalidity benefits announced for 1 January 2025 (INAMI via Plus Magazine, 10/2024; it was not to bring the daily benefit below 66.97 € with family or 49.56 € without), postponed to 1 January 2026 (Plus Magazine, 12/2024), then "to a later date" (Mutualia, "Le précompte professionnel pour les incapacités de plus d\'un an reporté"): none applied; MC: "en invalidité, votre mutualité ne retiendra plus aucun précompte"',
  href: 'https://www.mutualia.be/fr/actualites/le-precompte-sur-les-indemnites-dinvalidite-reporte',
  status: 'uncertain',
};
const INCOME_TAX_SCALE_2025: Reference = {
  title: 'Art. 130–131 CIR 92, income 2025 (assessment year 2026): 25 % up to 16 320 €, 40 % up to 28 800 €, 45 % up to 49 840 €, then 50 %; tax-free sum 10 910 € (Fiscus on web and Bona accountants, "Tarieven personenbelasting"; the key formula rounds them to 16 310 / 28 790 / 49 820 / 10 900); lump-sum expenses and quotient as in the key formula 2025',
  href: 'https://www.fiscusonweb.be/personenbelasting/berekening-personenbelasting/tarieven',
  status: 'secondary',
};
const INCOME_TAX_SCALE_2026: Reference = {
  title: 'Art. 130–131 CIR 92, income 2026 (assessment year 2027): first bracket 16 720 € and tax-free sum 11 180 € as restated by LOONMONITOR (an earlier version of its golden tests), not read elsewhere; the upper brackets are the key formula 2026\'s (29 500 / 51 050 €; in 2025 the real ones were 10 to 20 € higher); rates 25 %, 40 %, 45 %, 50 %',
  href: 'https://finances.belgium.be/fr/particuliers/declaration_impot/taux_imposition_revenus',
  status: 'inferred',
};
const MUNICIPAL_ASSUMPTION: Reference = {
  title: 'Assumption of this calculator: a municipal surcharge of 7 % (the rate built into the key formula); each municipality sets its own (0 to 9 %)',
  status: 'inferred',
};

// --- Worker's own social security contribution ------------------------------------------------------

/** The worker's own contribution (FR cotisation personnelle ONSS, NL persoonlijke RSZ-bijdrage). */
export const personalContributionPercent: Parameter<string> = {
  id: 'net.personalContributionPercent',
  description: "Worker's own social security contribution, on the gross wage (blue-collar workers: on 108 % of it)",
  unit: 'percent',
  values: { '2025-01-01': { value: '13.07', reference: DMFA_WORK_BONUS } },
};

/** Blue-collar workers (ouvriers / arbeiders) are declared at 108 % of their gross wage. */
export const blueCollarDeclaredPercent: Parameter<string> = {
  id: 'net.blueCollarDeclaredPercent',
  description: 'Part of a blue-collar worker’s gross wage declared to social security',
  unit: 'percent',
  values: { '2025-01-01': { value: '108', reference: DMFA_WORK_BONUS } },
};

// --- Social work bonus -----------------------------------------------------------------------------

/**
 * One part of the work bonus: `max` up to the monthly reference wage `from`, then
 * max − slope × (S − from), nothing above `to`.
 */
export interface WorkBonusPart {
  max: string;
  from: string;
  to: string;
  slope: string;
}
export interface WorkBonusTable {
  whiteCollar: { a: WorkBonusPart; b: WorkBonusPart };
  blueCollar: { a: WorkBonusPart; b: WorkBonusPart };
}

const part = (max: string, from: string, to: string, slope: string): WorkBonusPart => ({ max, from, to, slope });

/** The social work bonus (volet A / luik A for low wages, volet B / luik B for very low wages). */
export const workBonus: Parameter<WorkBonusTable> = {
  id: 'net.workBonus',
  description: 'Social work bonus by full-time monthly reference wage S: part A and part B (max, from S, to S, slope)',
  unit: 'EUR a month',
  values: {
    '2025-01-01': {
      value: {
        whiteCollar: { a: part('118.23', '2723.36', '3207.33', '0.2443'), b: part('159.43', '2132.60', '2723.36', '0.2699') },
        blueCollar: { a: part('127.69', '2723.36', '3207.33', '0.2638'), b: part('172.19', '2132.60', '2723.36', '0.2915') },
      },
      reference: WORK_BONUS_BEFORE_FEB_2025,
    },
    '2025-02-01': {
      value: {
        whiteCollar: { a: part('120.59', '2777.83', '3271.48', '0.2443'), b: part('162.62', '2175.25', '2777.83', '0.2699') },
        blueCollar: { a: part('130.24', '2777.83', '3271.48', '0.2638'), b: part('175.63', '2175.25', '2777.83', '0.2915') },
      },
      reference: EASYPAY_WORK_BONUS_2025,
    },
    '2026-01-01': {
      value: {
        whiteCollar: { a: part('123.00', '2833.36', '3271.48', '0.2807'), b: part('165.87', '2218.73', '2833.36', '0.2699') },
        blueCollar: { a: part('132.84', '2833.36', '3271.48', '0.3032'), b: part('179.14', '2218.73', '2833.36', '0.2915') },
      },
      reference: WORK_BONUS_2026_JANUARY,
    },
    '2026-03-01': {
      value: {
        whiteCollar: { a: part('123.00', '2833.36', '3336.98', '0.2442'), b: part('165.87', '2218.73', '2833.36', '0.2699') },
        blueCollar: { a: part('132.84', '2833.36', '3336.98', '0.2638'), b: part('179.14', '2218.73', '2833.36', '0.2915') },
      },
      reference: WORK_BONUS_2026,
    },
    '2026-04-01': {
      value: {
        whiteCollar: { a: part('125.04', '2880.32', '3336.98', '0.2738'), b: part('168.62', '2255.50', '2880.32', '0.2699') },
        blueCollar: { a: part('135.04', '2880.32', '3336.98', '0.2957'), b: part('182.11', '2255.50', '2880.32', '0.2915') },
      },
      reference: WORK_BONUS_2026,
    },
    '2026-07-01': {
      value: {
        whiteCollar: { a: part('127.54', '2937.93', '3336.98', '0.3196'), b: part('171.99', '2300.62', '2937.93', '0.2699') },
        blueCollar: { a: part('137.74', '2937.93', '3336.98', '0.3452'), b: part('185.75', '2300.62', '2937.93', '0.2915') },
      },
      reference: WORK_BONUS_2026_SECOND_HALF,
    },
    '2026-09-01': {
      value: {
        whiteCollar: { a: part('127.54', '2937.93', '3403.62', '0.2739'), b: part('171.99', '2300.62', '2937.93', '0.2699') },
        blueCollar: { a: part('137.74', '2937.93', '3403.62', '0.2958'), b: part('185.75', '2300.62', '2937.93', '0.2915') },
      },
      reference: WORK_BONUS_2026_SECOND_HALF,
    },
    '2027-01-01': null,
  },
};


// --- Special social security contribution (withheld monthly) -----------------------------------------

/**
 * One band of the monthly withholding: up to `upTo` (null: no limit) the amount is
 * fixed + percent × (S − over), at least `min`, at most `max`.
 */
export interface ContributionBand {
  upTo: string | null;
  fixed: string;
  percent: string;
  over: string;
  min: string;
  max: string | null;
}
const band = (upTo: string | null, fixed: string, percent: string, over: string, min = '0', max: string | null = null): ContributionBand => ({ upTo, fixed, percent, over, min, max });

export interface SpecialContributionTable {
  /** Single persons and single parents (individual taxation). */
  individual: ContributionBand[];
  /** Married or legal cohabitants, the partner has an income of their own. */
  coupleTwoIncomes: ContributionBand[];
  /** Married or legal cohabitants, the partner has no income of their own. */
  coupleOneIncome: ContributionBand[];
}

export const specialContribution: Parameter<SpecialContributionTable> = {
  id: 'net.specialContribution',
  description: 'Special social security contribution withheld each month, by monthly gross wage declared and household',
  unit: 'EUR a month',
  values: {
    '2025-01-01': {
      value: {
        individual: [
          band('1945.38', '0', '0', '0'),
          band('2190.18', '0', '4.22', '1945.38'),
          band('3737.00', '10.33', '1.10', '2190.18'),
          band('4100.00', '27.35', '3.38', '3737.00'),
          band('6038.82', '39.61', '1.10', '4100.00'),
          band(null, '60.94', '0', '0'),
        ],
        coupleTwoIncomes: [
          band('1095.09', '0', '0', '0'),
          band('1945.37', '5.15', '0', '0'),
          band('2190.18', '0', '5.90', '1945.38', '5.15'),
          band(null, '14.44', '1.10', '2190.18', '0', '51.64'),
        ],
        coupleOneIncome: [
          band('1945.38', '0', '0', '0'),
          band('2190.18', '0', '5.90', '1945.38'),
          band(null, '14.44', '1.10', '2190.18', '0', '60.94'),
        ],
      },
      reference: DMFA_SPECIAL_CONTRIBUTION,
    },
    '2027-01-01': null,
  },
};

// --- Withholding tax on wages (key formula, Annex III AR/CIR 92) --------------------------------------

/** A bracket of a tax scale: `percent` up to `upTo` (null: no limit). */
export interface Bracket {
  upTo: string | null;
  percent: string;
}
export interface KeyFormula {
  /** Lump-sum professional expenses: percent of the yearly taxable wage, at most `expensesMax`. */
  expensesPercent: string;
  expensesMax: string;
  /** Base scale, municipal surcharge of 7 % built in (26.75 % = 25 % × 1.07). */
  scale: Bracket[];
  /** Yearly reduction for the tax-free sum (its tax at the first rate). */
  taxFreeReduction: string;
  /** One-income couple: share of the income imputed to the partner, at most `quotientMax`. */
  quotientPercent: string;
  quotientMax: string;
  /** Yearly reductions for 0, 1, 2 … 8 dependent children, then `childExtra` each. */
  children: string[];
  childExtra: string;
  singleParent: string;
  fiscalWorkBonusPercentA: string;
  fiscalWorkBonusPercentB: string;
}

export const keyFormula: Parameter<KeyFormula> = {
  id: 'net.keyFormula',
  description: 'Withholding tax on wages, key formula of Annex III AR/CIR 92: expenses, scale, reductions, fiscal work bonus',
  unit: 'EUR a year, percent',
  values: {
    '2025-01-01': {
      value: {
        expensesPercent: '30',
        expensesMax: '5930',
        scale: [
          { upTo: '16310', percent: '26.75' },
          { upTo: '28790', percent: '42.80' },
          { upTo: '49820', percent: '48.15' },
          { upTo: null, percent: '53.50' },
        ],
        taxFreeReduction: '2915.75',
        quotientPercent: '30',
        quotientMax: '13460',
        children: ['0', '612', '1608', '4296', '7428', '10836', '14232', '17676', '21444'],
        childExtra: '3780',
        singleParent: '612',
        fiscalWorkBonusPercentA: '33.14',
        fiscalWorkBonusPercentB: '52.54',
      },
      reference: KEY_FORMULA_2025,
    },
    '2026-01-01': {
      value: {
        expensesPercent: '30',
        expensesMax: '6070',
        scale: [
          { upTo: '16710', percent: '26.75' },
          { upTo: '29500', percent: '42.80' },
          { upTo: '51050', percent: '48.15' },
          { upTo: null, percent: '53.50' },
        ],
        taxFreeReduction: '2987.98',
        quotientPercent: '30',
        quotientMax: '13790',
        children: ['0', '624', '1656', '4404', '7620', '11100', '14592', '18120', '21996'],
        childExtra: '3864',
        singleParent: '624',
        fiscalWorkBonusPercentA: '33.14',
        fiscalWorkBonusPercentB: '52.54',
      },
      reference: KEY_FORMULA_2026,
    },
    '2027-01-01': null,
  },
};

/** Yearly withholding reduction for each other dependant (not a child). */
export const otherDependantReduction: Parameter<string> = {
  id: 'net.otherDependantReduction',
  description: 'Yearly withholding reduction for each other dependant (not a child)',
  unit: 'EUR a year',
  values: {
    '2025-01-01': { value: '612', reference: OTHER_DEPENDANT_INFERRED },
    '2026-01-01': { value: '624', reference: OTHER_DEPENDANT_2026 },
    '2027-01-01': null,
  },
};

// --- Withholding on sickness-fund benefits -------------------------------------------------------------

export const primaryBenefitWithholdingPercent: Parameter<string> = {
  id: 'net.primaryBenefitWithholdingPercent',
  description: 'Withholding tax on the benefit in primary incapacity (first year), work or not',
  unit: 'percent',
  values: { '2025-01-01': { value: '11.11', reference: BENEFIT_WITHHOLDING } },
};

/** Applied now (0) and announced (11.11): the forecast shows the range. */
export const invalidityBenefitWithholdingPercent: Parameter<{ applied: string; announced: string }> = {
  id: 'net.invalidityBenefitWithholdingPercent',
  description: 'Withholding tax on the invalidity benefit: applied now, and announced but postponed',
  unit: 'percent',
  values: { '2025-01-01': { value: { applied: '0', announced: '11.11' }, reference: INVALIDITY_WITHHOLDING } },
};

// --- Yearly personal income tax (estimate of the year-end settlement) --------------------------------

export interface IncomeTaxYear {
  scale: Bracket[];
  taxFreeSum: string;
  /** Lump-sum professional expenses on wages (not on benefits). */
  expensesPercent: string;
  expensesMax: string;
  quotientPercent: string;
  quotientMax: string;
}

export const incomeTax: Parameter<IncomeTaxYear> = {
  id: 'net.incomeTax',
  description: 'Personal income tax of the income year: scale, tax-free sum, lump-sum expenses on wages, marital quotient',
  unit: 'EUR a year, percent',
  values: {
    '2025-01-01': {
      value: {
        scale: [
          { upTo: '16320', percent: '25' },
          { upTo: '28800', percent: '40' },
          { upTo: '49840', percent: '45' },
          { upTo: null, percent: '50' },
        ],
        taxFreeSum: '10910',
        expensesPercent: '30',
        expensesMax: '5930',
        quotientPercent: '30',
        quotientMax: '13460',
      },
      reference: INCOME_TAX_SCALE_2025,
    },
    '2026-01-01': {
      value: {
        scale: [
          { upTo: '16720', percent: '25' },
          { upTo: '29500', percent: '40' },
          { upTo: '51050', percent: '45' },
          { upTo: null, percent: '50' },
        ],
        taxFreeSum: '11180',
        expensesPercent: '30',
        expensesMax: '6070',
        quotientPercent: '30',
        quotientMax: '13790',
      },
      reference: INCOME_TAX_SCALE_2026,
    },
    '2027-01-01': null,
  },
};

export const municipalSurchargePercent: Parameter<string> = {
  id: 'net.municipalSurchargePercent',
  description: 'Municipal surcharge on the income tax assumed by the estimate',
  unit: 'percent',
  values: { '2025-01-01': { value: '7', reference: MUNICIPAL_ASSUMPTION } },
};

/** The first day the net estimate covers (earlier months stay gross: `NET_NOT_COVERED`). */
export const NET_COVERED_FROM = '2025-01-01';
/**
 * The day after the last day whose rules are encoded: a 1 January, where the parameters above end.
 * Later months are estimated with the rules in force the day before (src/rules/net/rules-date.ts,
 * `NET_RULES_OF_LAST_KNOWN_YEAR`). Encoding a new year: add its rows, move these ends and this date.
 */
export const NET_RULES_UNTIL = '2027-01-01';
