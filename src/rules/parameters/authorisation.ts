/**
 * Parameters of the medical advisor's authorisation (FR autorisation du médecin-conseil,
 * NL toelating van de adviserend arts) and of the payment of the benefit.
 */
import type { Parameter } from './parameter.js';
import type { Reference } from './parameter.js';

const HZIV_PARTIAL_RESUMPTION: Reference = {
  title: 'HZIV/CAAMI: partial resumption of work by employees (authorisation, duration, review, late declaration)',
  href: 'https://www.caami-hziv.fgov.be/nl/leden/uitkering-arbeidsongeschiktheid/werknemers/deeltijdse-werkhervatting-werknemers',
  status: 'official',
};

const BEFORE_2018_ASSUMED: Reference = {
  title: 'Assumed: two years also before 1 April 2018 (rule of the time not found)',
  href: 'https://beta.easypay-group.com/fr_BE/connaissance/flashes-info/detail/Reprise-progressive-du-travail---Importantes-modifications-%E0-venir?id=6151',
  status: 'uncertain',
};

const INAMI_ADAPTED_WORK: Reference = {
  title: 'INAMI: resuming adapted work during incapacity — declare and ask at the latest the working day before',
  href: 'https://inami.fgov.be/fr/themes/incapacite-travail/salaries-chomeurs/Pages/reprendre-travail-adapte-incapacite-travail.aspx',
  status: 'official',
};

const HZIV_LATE: Reference = {
  title: 'HZIV: formalities within 14 days after the resumption — benefit kept with a 10 % reduction until the form is sent',
  href: 'https://hziv.fgov.be/nl/deeltijdse-werkhervatting',
  status: 'official',
};

const ART_101: Reference = {
  title: 'Art. 101 coordinated law of 14 July 1994: benefits for days of unauthorised work are recovered',
  href: 'https://www.riziv.fgov.be/webprd/docleg/sp/285272-0?1&tmpl=kartlis&OIDN=1500101&-DTRF=20/10/2020',
  status: 'official',
};

const DRS_MONTHLY: Reference = {
  title:
    'Socialsecurity.be DRS scenario 2: the employer declares each month of adapted work at the latest when the month has ended; the benefit is paid after it (lag of one month inferred)',
  href: 'https://www.socialsecurity.be/employer/instructions/drs/fr/latest/instructions/inamiriziv/scenario_02/when.html',
  status: 'inferred',
};

const RETURN_TO_WORK_2026: Reference = {
  title: 'Law of 16 December 2025 ("retour au travail"), in force 1 January 2026: no guaranteed salary on a relapse during a partial resumption',
  href: 'https://www.droitsquotidiens.be/fr/actualites/travailleurs-malades-quelques-changements-depuis-le-1er-janvier-2026',
  status: 'secondary',
};

export const maximumDurationYears: Parameter<number> = {
  id: 'authorisation.maximumDurationYears',
  description: 'Longest period one authorisation covers (renewable)',
  unit: 'years',
  values: {
    '2012-01-01': { value: 2, reference: BEFORE_2018_ASSUMED },
    '2018-04-01': { value: 2, reference: HZIV_PARTIAL_RESUMPTION },
  },
};

/** Authorisations that started before this date get the two-year limit as an assumption, with a notice. */
export const TWO_YEAR_LIMIT_SOURCED_FROM = '2018-04-01';

export const reviewIntervalMonths: Parameter<number> = {
  id: 'authorisation.reviewIntervalMonths',
  description: 'The medical advisor reviews the conditions of the authorisation this often',
  unit: 'months',
  values: { '2018-04-01': { value: 6, reference: HZIV_PARTIAL_RESUMPTION } },
};

/** The request is due at the latest on the working day before the resumption. */
export const requestDueWorkingDaysBefore: Parameter<number> = {
  id: 'authorisation.requestDueWorkingDaysBefore',
  description: 'Working days before the resumption by which the request must be sent',
  unit: 'working days',
  values: { '2013-04-12': { value: 1, reference: INAMI_ADAPTED_WORK } },
};

export const lateRequestPenaltyPercent: Parameter<string> = {
  id: 'authorisation.lateRequestPenaltyPercent',
  description: 'Reduction of the benefit from the first day of work until the request is sent, when it is sent late but within the grace period',
  unit: 'percent',
  values: { '2013-04-12': { value: '10', reference: HZIV_LATE } },
};

export const lateRequestGraceDays: Parameter<number> = {
  id: 'authorisation.lateRequestGraceDays',
  description: 'Days after the resumption within which a late request costs only the reduction',
  unit: 'days',
  values: { '2013-04-12': { value: 14, reference: HZIV_LATE } },
};

export const unauthorisedWorkRecovery: Parameter<boolean> = {
  id: 'authorisation.unauthorisedWorkRecovery',
  description: 'Benefits for the days or the period of unauthorised work must be repaid',
  unit: 'boolean',
  values: { '2013-04-12': { value: true, reference: ART_101 } },
};

export const benefitPaymentLagMonths: Parameter<number> = {
  id: 'payment.benefitPaymentLagMonths',
  description: "Months between a month of authorised work and the payment of its benefit (after the employer's monthly declaration)",
  unit: 'months',
  values: { '2012-01-01': { value: 1, reference: DRS_MONTHLY } },
};

export const noGuaranteedSalaryOnRelapseFrom: Parameter<boolean> = {
  id: 'authorisation.noGuaranteedSalaryOnRelapse',
  description: 'A person who falls ill again during a partial resumption gets no guaranteed salary from the employer',
  unit: 'boolean',
  values: { '2026-01-01': { value: true, reference: RETURN_TO_WORK_2026 } },
};
