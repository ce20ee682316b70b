/**
 * Advice the checklist (src/rules/checklist.ts) dates by: not law. Apart from the authorisation's
 * own parameters so that it travels with the checklist's views, not with the element's main file.
 */
import type { Parameter, Reference } from './parameter.js';

const RENEWAL_ADVICE: Reference = {
  title: 'Partenamut: ask the medical advisor for the renewal before the authorisation ends; one month before is the advice of this calculator, not a legal deadline',
  href: 'https://partenamut.be/fr/reprise-du-travail-partielle',
  status: 'inferred',
};

/** When the checklist puts the request for a renewal: this many months before the last day. */
export const renewalRequestMonthsBefore: Parameter<number> = {
  id: 'authorisation.renewalRequestMonthsBefore',
  description: 'Months before the last day of the authorisation to ask for its renewal (advice)',
  unit: 'months',
  values: { '2012-01-01': { value: 1, reference: RENEWAL_ADVICE } },
};
