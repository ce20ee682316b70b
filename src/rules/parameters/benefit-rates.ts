/**
 * Parameters of the incapacity benefit itself (salaried and unemployed persons): rates, the wage
 * ceiling, the minimum amounts and the indexations. Sources: project domain notes
 * `rates-2024-2026.md`, which cite INAMI/RIZIV, the Moniteur belge and secondary sources; each row
 * says which.
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
const CGSLB_2024: Reference = {
  title: 'CGSLB/ACLVB: capped daily wage (six-day scheme) by start of the incapacity (updated 13 May 2024)',
  href: 'https://www.cgslb.be/fr/assurance-maladie-invalidite',
  status: 'secondary',
};
const MONITEUR_2022: Reference = {
  title: 'Moniteur belge, notice of the pivot index 123.14: minimum daily amounts on 1 December 2022 (regular workers, from the 7th month)',
  href: 'https://vlex.be/vid/officieel-bericht-spilindexcijfer-123-919795728',
  status: 'official',
};
const INDEXATION: Reference = {
  title: 'Social benefits +2 % after the pivot index is crossed (BOSA, Federal Planning Bureau; dates from the domain notes)',
  href: 'https://bosa.belgium.be/nl/news/index-januari-2025',
  status: 'secondary',
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

/**
 * Ceiling of the lost daily wage (six-day scheme), keyed by the **start of the incapacity**: the
 * ceiling of the onset applies for the whole incapacity.
 */
export const dailyWageCeilingByOnset: Parameter<string> = {
  id: 'benefit.dailyWageCeilingByOnset',
  description: 'Highest lost daily wage taken into account (six-day scheme), by date the incapacity started',
  unit: 'euro per day',
  values: {
    '2015-04-01': { value: '168.9853', reference: CGSLB_2024 },
    '2018-01-01': { value: '170.3372', reference: CGSLB_2024 },
    '2020-01-01': { value: '172.2109', reference: CGSLB_2024 },
    '2022-01-01': { value: '174.1052', reference: CGSLB_2024 },
    '2024-05-01': { value: '179.5442', reference: CGSLB_2024 },
  },
};

/**
 * Minimum daily amounts for a regular worker from the 7th month of incapacity, by family
 * situation. The last official table found is of 1 December 2022; later raises (+2.5 % / +2 % on
 * 1 July 2023, then indexations) are not in an official table, so the 2022 amounts are used with a
 * warning that they are lower than today's.
 */
export const minimumDailyAmountRegularWorker: Parameter<Record<FamilySituation, string>> = {
  id: 'benefit.minimumDailyAmountRegularWorker',
  description: 'Minimum daily benefit of a regular worker from the 7th month of incapacity',
  unit: 'euro per day',
  values: { '2022-12-01': { value: { dependants: '73.10', single: '58.21', cohabitant: '49.91' }, reference: MONITEUR_2022 } },
};

/** From which month of incapacity the minimum of a regular worker applies. */
export const minimumFromMonthOfIncapacity: Parameter<number> = {
  id: 'benefit.minimumFromMonthOfIncapacity',
  description: 'Month of incapacity from which the minimum of a regular worker applies (7 in the 2022 table)',
  unit: 'month',
  values: { '2022-12-01': { value: 7, reference: MONITEUR_2022 } },
};

/** Benefits in payment rise by 2 % on each of these dates (social benefits indexation). */
export const indexationSteps: Parameter<string> = {
  id: 'benefit.indexationSteps',
  description: 'Benefits in payment are multiplied by this factor from each date (indexation)',
  unit: 'factor',
  values: {
    '2023-11-01': { value: '1.02', reference: INDEXATION },
    '2024-04-01': { value: '1.02', reference: INDEXATION },
    '2025-02-01': { value: '1.02', reference: { ...INDEXATION, status: 'official' } },
    '2026-03-01': { value: '1.02', reference: INDEXATION },
  },
};

/** The last date an indexation is known for; later ones (forecast: October 2026) are not applied. */
export const LAST_KNOWN_INDEXATION = '2026-03-01';
