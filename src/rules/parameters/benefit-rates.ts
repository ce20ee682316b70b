/**
 * Parameters of the incapacity benefit itself (salaried and unemployed persons): rates, the wage
 * ceiling by start of incapacity and the minimum amounts. Amounts are stored as INAMI publishes
 * them (a base amount before indexation, or an amount at the coefficient of its date) and indexed
 * once, by the coefficients of `indexation.ts`. Each row says where it comes from.
 */
import type { Parameter, Reference } from './parameter.js';

const INAMI_CALCULATE: Reference = {
  title: 'INAMI: calculating your benefit — 60 % of the capped lost wage in the first year (primary incapacity)',
  href: 'https://www.riziv.fgov.be/fr/themes/incapacite-de-travail/salaries-et-chomeurs/calculer-votre-indemnite',
  status: 'official',
};
const INVALIDITY_RATES: Reference = {
  title: 'Invalidity rates by family situation (mc.be, helan.be, devoorzorg.be, 2024); legal floors in art. 93 coordinated law',
  href: 'https://www.mc.be/que-faire-en-cas-de/maladie-accident/incapacite-travail/indemnites',
  status: 'secondary',
};
// CGSLB (13 May 2024) lists the ceilings 168.9853, 170.3372, 172.2109, 174.1052 indexed to November
// 2023 (coefficient 1.6734) and 179.5442 for onsets from 1 January 2024 (April 2024, 1.7069):
// divided by the coefficient they give the base amounts below. INAMI's tables of 2021–2023 are
// reproduced to the cent by 60 % × base × coefficient. The 2018 notice gives 139.7388 EUR
// "101.7911 EUR before indexation" and 138.6297 EUR for onsets from 1 April 2015 (both at 1.3728).
const CGSLB_2024: Reference = {
  title: 'CGSLB/ACLVB: capped daily wage by start of incapacity (13 May 2024)',
  href: 'https://www.cgslb.be/fr/assurance-maladie-invalidite',
  status: 'secondary',
};
const INAMI_MAXIMA_TABLES: Reference = {
  title: 'INAMI/RIZIV: maximum primary benefit 2021–2023 by start of incapacity',
  href: 'https://www.riziv.fgov.be/nl/themas/arbeidsongeschiktheid/bedragen/werknemers-werklozen/Paginas/max-uitkering-primaire-ongeschiktheid.aspx',
  status: 'official',
};
const ADVOCATEN_2018: Reference = {
  title: 'Ceiling for incapacities from 2018 and from 1 April 2015, before indexation',
  href: 'http://www.advocatenkantoordepla.be/documents/news-items/kl2204243-verhoging-van-sommige-bedragen-inzake-arbeidsongeschiktheid-.xml?lang=fr',
  status: 'secondary',
};
const CEILING_2026_DERIVED: Reference = {
  title: 'No source found for onsets from 2026: the 2024 base amount, indexed',
  status: 'inferred',
};
const MONITEUR_2022: Reference = {
  title: 'Moniteur belge, notice of the pivot index 123.14: amounts from 1 December 2022',
  href: 'https://vlex.be/vid/officieel-bericht-spilindexcijfer-123-919795728',
  status: 'official',
};
const MINIMA_2021: Reference = {
  title: 'Minimum daily amounts from the 7th month since 1 January 2021 (drtpartners.be)',
  href: 'https://drtpartners.webwin.be/figures/cijfers',
  status: 'secondary',
};
// La Libre, 27 June 2023 (domain notes A2): +2.5 % for regular workers with dependants, +2 % for
// the other categories. No official table after December 2022 was found.
const WELFARE_JULY_2023: Reference = {
  title: 'Welfare increase of minima on 1 July 2023: +2.5 % / +2 % (La Libre)',
  href: 'https://www.lalibre.be/economie/mes-finances/',
  status: 'secondary',
};
// The Moniteur notice calls the 4th-month amount "not limited" (niet gelimiteerd) without stating
// a cap; the project reads it as limited to the lost wage (a benefit above the wage it replaces
// is not the rule anywhere else). To be confirmed.
const MINIMUM_MONTH_4_CAP: Reference = {
  title: 'Minimum from the 4th month, limited to the lost wage (reading of the 2022 notice)',
  href: 'https://vlex.be/vid/officieel-bericht-spilindexcijfer-123-919795728',
  status: 'uncertain',
};

export type FamilySituation = 'dependants' | 'single' | 'cohabitant';

/** Rate of the lost wage paid in the first year of incapacity (primary incapacity). */
export const primaryIncapacityRate: Parameter<string> = {
  id: 'benefit.primaryIncapacityRate',
  description: 'Primary incapacity (first year): percentage of the capped lost wage',
  unit: 'percent',
  values: { '2012-01-01': { value: '60', reference: INAMI_CALCULATE } },
};

/** Rate of the lost wage paid from the 13th month (invalidity), by family situation. */
export const invalidityRate: Parameter<Record<FamilySituation, string>> = {
  id: 'benefit.invalidityRate',
  description: 'Invalidity (from the 13th month): percentage of the capped lost wage by family situation',
  unit: 'percent',
  values: { '2012-01-01': { value: { dependants: '65', single: '55', cohabitant: '40' }, reference: INVALIDITY_RATES } },
};

/** A ceiling row: the base amount (before indexation) for incapacities starting from its date. */
export interface CeilingRow {
  /** Ceiling of the lost daily wage, six-day scheme, at coefficient 1 (before indexation). */
  base: string;
  /** No source gives this row: it repeats the previous base amount, indexed. */
  derived?: boolean;
}

/**
 * Ceiling of the lost daily wage (six-day scheme), keyed by the **start of the incapacity**. On a
 * date it is base × the index coefficient of that date (to 4 decimals): on the first day of
 * incapacity it caps the lost wage. Rows change on 1 January of even years (welfare adjustments:
 * +0.8 % in 2018, +1.1 % in 2020, 2022 and 2024).
 */
export const dailyWageCeilingByOnset: Parameter<CeilingRow> = {
  id: 'benefit.dailyWageCeilingByOnset',
  description: 'Ceiling of the lost daily wage before indexation (six-day scheme), by date the incapacity started',
  unit: 'euro per day at coefficient 1',
  values: {
    '2015-04-01': { value: { base: '100.9832' }, reference: ADVOCATEN_2018 },
    '2018-01-01': { value: { base: '101.7911' }, reference: INAMI_MAXIMA_TABLES },
    '2020-01-01': { value: { base: '102.9108' }, reference: INAMI_MAXIMA_TABLES },
    '2022-01-01': { value: { base: '104.0428' }, reference: INAMI_MAXIMA_TABLES },
    '2024-01-01': { value: { base: '105.1873' }, reference: CGSLB_2024 },
    '2026-01-01': { value: { base: '105.1873', derived: true }, reference: CEILING_2026_DERIVED },
  },
};

/** Minimum daily amounts of one date, at the coefficient in force on that date. */
export interface MinimumAmounts {
  /**
   * From the first day of the 4th month, regular and non-regular workers, limited to the lost
   * daily wage; `null` where the calculator does not know it.
   */
  fromMonth4: { regularWithDependants: string; nonRegularWithDependants: string; withoutDependants: string } | null;
  /** From the first day of the 7th month (FR travailleur régulier / non régulier). */
  fromMonth7: {
    regular: Record<FamilySituation, string>;
    nonRegular: { dependants: string; withoutDependants: string };
  };
  /** Not an official table: derived from one by a published increase. */
  derived?: boolean;
}

/**
 * Minimum daily amounts (employees' scheme) as published, each at the coefficient in force on its
 * date; after it they follow the indexation (amount × coefficient ÷ coefficient on the row's date).
 */
export const minimumDailyAmounts: Parameter<MinimumAmounts> = {
  id: 'benefit.minimumDailyAmounts',
  description: 'Minimum daily benefit of employees from the 4th and from the 7th month, regular and non-regular workers',
  unit: 'euro per day',
  values: {
    '2021-01-01': {
      value: {
        fromMonth4: null,
        fromMonth7: {
          regular: { dependants: '62.08', single: '49.68', cohabitant: '42.60' },
          nonRegular: { dependants: '51.18', withoutDependants: '37.87' },
        },
      },
      reference: MINIMA_2021,
    },
    '2022-12-01': {
      value: {
        fromMonth4: { regularWithDependants: '73.10', nonRegularWithDependants: '61.54', withoutDependants: '58.21' },
        fromMonth7: {
          regular: { dependants: '73.10', single: '58.21', cohabitant: '49.91' },
          nonRegular: { dependants: '61.54', withoutDependants: '45.54' },
        },
      },
      reference: MONITEUR_2022,
    },
    '2023-07-01': {
      value: {
        fromMonth4: { regularWithDependants: '74.9275', nonRegularWithDependants: '62.7708', withoutDependants: '59.3742' },
        fromMonth7: {
          regular: { dependants: '74.9275', single: '59.3742', cohabitant: '50.9082' },
          nonRegular: { dependants: '62.7708', withoutDependants: '46.4508' },
        },
        derived: true,
      },
      reference: WELFARE_JULY_2023,
    },
  },
};

/** The 4th-month minimum never exceeds the lost wage (a parameter, so its source is shown). */
export const minimumFromMonth4CappedAtLostWage: Parameter<boolean> = {
  id: 'benefit.minimumFromMonth4CappedAtLostWage',
  description: 'The minimum from the 4th month never exceeds the lost daily wage',
  unit: 'yes/no',
  values: { '2022-12-01': { value: true, reference: MINIMUM_MONTH_4_CAP } },
};

/** The date of the last official table of minima: later amounts are derived, with a notice. */
export const LAST_OFFICIAL_MINIMA = '2022-12-01';
