/**
 * The cumulation rules, each a dated implementation: the one in force on a day is picked by
 * {@link cumulationRuleAt}. A change in the law becomes a new entry here, not another `if`.
 * Before 1 April 2018 the income-based tranches applied (domain notes §2); they are not encoded
 * yet, so such days have no rule and the scenario is refused with PERIOD_NOT_SUPPORTED.
 */
import * as salaried2018 from './salaried-2018.js';

export interface CumulationRule {
  id: string;
  validFrom: string;
  /** Day after which the rule no longer applies; `null` while in force. */
  validUntil: string | null;
  occupationReduction: typeof salaried2018.occupationReduction;
}

export const CUMULATION_RULES: readonly CumulationRule[] = [
  {
    id: 'art230-2018',
    validFrom: salaried2018.VALID_FROM,
    validUntil: null,
    occupationReduction: salaried2018.occupationReduction,
  },
];

export function cumulationRuleAt(date: string): CumulationRule | undefined {
  return CUMULATION_RULES.find((rule) => rule.validFrom <= date && (rule.validUntil === null || date <= rule.validUntil));
}

/** The first day any encoded rule covers. */
export const FIRST_SUPPORTED_DATE = CUMULATION_RULES.map((r) => r.validFrom).sort()[0];
