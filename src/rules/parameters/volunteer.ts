/**
 * Parameters of volunteering during incapacity (FR volontariat, NL vrijwilligerswerk): the flat-rate
 * expense allowances a volunteer may receive without proof of the costs (law of 3 July 2005 on the
 * rights of volunteers, art. 10), by calendar year. The amounts are indexed on 1 January of the year
 * after a pivot index is exceeded.
 */
import type { Parameter, Reference } from './parameter.js';

const SOCIALSECURITY_DMFA: Reference = {
  title: 'Socialsecurity.be, DmfA instructions 2017/4: volunteers — allowances of earlier years (2012: 31.44 € a day, 1 257.51 € a year; from 2013: 32.71 €, 1 308.38 €)',
  href: 'https://www.socialsecurity.be/employer/instructions/dmfappl/nl/2017-4/instructions/persons/specific/volunteers/indemnities.html',
  status: 'official',
};
const HIGH_COUNCIL: Reference = {
  title: 'High Council for Volunteers (FPS Social Security): indexed flat-rate allowances by calendar year, 2005–2024',
  href: 'https://hogeraadvrijwilligers.belgium.be/nl/kostenvergoedingen/geindexeerde-vergoeding.htm',
  status: 'official',
};
const UVCW_2025: Reference = {
  title: 'Union des Villes et Communes de Wallonie: volunteer allowance limits for 2025 (42.31 € a day, 1 692.51 € a year); also monasbl.be and AES',
  href: 'https://www.uvcw.be/personnel/actus/art-9304',
  status: 'secondary',
};
const SECUREX_2026: Reference = {
  title: 'Securex Lex4You: volunteer allowance limits for 2026 (44.02 € a day, 1 760.83 € a year); official publication not found',
  href: 'https://www.securex.be/fr/lex4you/employeur/actualites/volontariat-les-montants-pour-2026-sont-connus',
  status: 'secondary',
};

/** Euro a day and euro a calendar year. */
export interface AllowanceLimits {
  perDay: string;
  perYear: string;
}

export const volunteerAllowanceLimits: Parameter<AllowanceLimits> = {
  id: 'volunteer.allowanceLimits',
  description: 'Flat-rate expense allowances of a volunteer that need no proof of the costs, a day and a calendar year (law of 3 July 2005)',
  unit: 'euro',
  values: {
    '2012-01-01': { value: { perDay: '31.44', perYear: '1257.51' }, reference: SOCIALSECURITY_DMFA },
    '2013-01-01': { value: { perDay: '32.71', perYear: '1308.38' }, reference: SOCIALSECURITY_DMFA },
    '2017-01-01': { value: { perDay: '33.36', perYear: '1334.55' }, reference: HIGH_COUNCIL },
    '2018-01-01': { value: { perDay: '34.03', perYear: '1361.23' }, reference: HIGH_COUNCIL },
    '2019-01-01': { value: { perDay: '34.71', perYear: '1388.40' }, reference: HIGH_COUNCIL },
    '2021-01-01': { value: { perDay: '35.41', perYear: '1416.16' }, reference: HIGH_COUNCIL },
    '2022-01-01': { value: { perDay: '36.84', perYear: '1473.37' }, reference: HIGH_COUNCIL },
    '2023-01-01': { value: { perDay: '40.67', perYear: '1626.77' }, reference: HIGH_COUNCIL },
    '2024-01-01': { value: { perDay: '41.48', perYear: '1659.29' }, reference: HIGH_COUNCIL },
    '2025-01-01': { value: { perDay: '42.31', perYear: '1692.51' }, reference: UVCW_2025 },
    '2026-01-01': { value: { perDay: '44.02', perYear: '1760.83' }, reference: SECUREX_2026 },
  },
};

const ABOVE_LIMITS: Reference = {
  title:
    'Securex: above either limit every allowance counts as pay (unless the real costs are proved); Helan: the benefit of the days of volunteering may then have to be paid back. No INAMI text found',
  href: 'https://www.helan.be/nl/arbeidsongeschiktheid/vrijwilligerswerk/',
  status: 'uncertain',
};

/** Above the limits the activity may be treated as work, and the benefit of its days recovered (art. 101). */
export const allowanceAboveLimitsPutsBenefitAtRisk: Parameter<boolean> = {
  id: 'volunteer.aboveLimitsPutsBenefitAtRisk',
  description: 'Allowances above the daily or yearly limit count as pay: the volunteering may be treated as unauthorised work and the benefit of its days recovered',
  unit: 'boolean',
  values: { '2012-01-01': { value: true, reference: ABOVE_LIMITS } },
};
