/** The sources cited by the parameters and rules, in one place. */
import type { Reference } from './parameter.js';

export const ART_230_AR_1996: Reference = {
  title: 'Art. 230 §1 AR 3 July 1996 (version in force since 1 April 2018)',
  href: 'https://www.riziv.fgov.be/webprd/docleg/sp/403448-337?1&tmpl=kartlis&OIDN=1500473',
  status: 'official',
};

export const SIX_DAY_SCHEME: Reference = {
  title: 'Socialsecurity.be: incapacity benefits are paid in a six-day scheme (Monday to Saturday)',
  href: 'https://www.socialsecurity.be/citizen/nl/arbeidsongeschiktheid-ongeval-en-beroepsziekte/vergoedingen-bij-arbeidsongeschiktheid-2',
  status: 'official',
};

export const DRS_SCENARIO_2: Reference = {
  title: 'Socialsecurity.be, DRS INAMI scenario 2: monthly declaration of adapted work (Q/S)',
  href: 'https://www.socialsecurity.be/employer/instructions/drs/fr/latest/instructions/inamiriziv/scenario_02/introduction.html',
  status: 'official',
};

export const INFERRED_PAYMENT_PER_DAY: Reference = {
  title:
    'Inferred: the reduced daily amount is paid for every Monday-to-Saturday day of the month, days worked included (project domain notes §6)',
  href: 'https://www.socialsecurity.be/citizen/nl/arbeidsongeschiktheid-ongeval-en-beroepsziekte/vergoedingen-bij-arbeidsongeschiktheid-2',
  status: 'inferred',
};

export const INFERRED_ROUNDING_TO_CENT: Reference = {
  title: 'Inferred: the rounding of the euro amount is not stated by art. 230; the daily amount paid is taken to the cent',
  href: 'https://www.riziv.fgov.be/webprd/docleg/sp/403448-337?1&tmpl=kartlis&OIDN=1500473',
  status: 'inferred',
};

export const INFERRED_WEEKS_PER_MONTH: Reference = {
  title: 'Payroll convention of this calculator: a weekly figure becomes a monthly one by × 52 / 12',
  status: 'inferred',
};

export const VOLUNTEERING: Reference = {
  title: 'INAMI: volunteering during incapacity',
  href: 'https://www.inami.fgov.be/fr/themes/incapacite-travail/salaries-chomeurs/Pages/incapacite-travail-volontaire-exercer.aspx',
  status: 'official',
};
