/**
 * Plain language in the client's view (issue #23): the text a client sees before unfolding
 * anything, measured with the reading-ease formula of each language — Flesch (English), Kandel &
 * Moles (French), Douma (Dutch), Amstad (German) — with syllables counted as groups of vowels.
 * Targets: at least 65 in English and Dutch, 60 in French, 45 in German; at most 15 words a
 * sentence on average; at most 600 words. The figures are printed for every language and plan;
 * the test fails under a target. Words are tokens with a letter (amounts and dates' digits are not
 * words); a sentence ends with . ! ? or with its block (a heading, a list item, a button).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { IpsBenefitsCalculator } from '../../../ips-benefits-calculator.js';
import { setLocale, type Language } from '../../../localization.js';
import { $$, issueCase } from '../test-helpers.js';

const plan = issueCase;
const PLANS = [plan('8'), plan('16'), plan('19')];

/** Reading ease from words a sentence (asl) and syllables a word (asw). */
const EASE: Record<Language, (asl: number, asw: number) => number> = {
  en: (asl, asw) => 206.835 - 1.015 * asl - 84.6 * asw, // Flesch (1948)
  fr: (asl, asw) => 207 - 1.015 * asl - 73.6 * asw, // Kandel & Moles (1958)
  nl: (asl, asw) => 206.835 - 0.93 * asl - 77 * asw, // Douma (1960)
  de: (asl, asw) => 180 - asl - 58.5 * asw, // Amstad (1978)
};
const TARGET: Record<Language, number> = { en: 65, fr: 60, nl: 65, de: 45 };
const VOWELS = /[aeiouyàâäéèêëîïôöùûüÿœæ]+/giu;

export interface Readability {
  words: number;
  sentences: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  ease: number;
}

/** The figures of a text whose lines are its blocks. */
export function readability(text: string, lang: Language): Readability {
  const sentences = text
    .split(/\n+/)
    .flatMap((block) => block.split(/(?<=[.!?])\s+/))
    .map((s) => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)))
    .filter((words) => words.length > 0);
  const words = sentences.flat();
  const syllables = words.reduce((n, w) => n + Math.max(1, w.match(VOWELS)?.length ?? 0), 0);
  const wordsPerSentence = words.length / sentences.length;
  const syllablesPerWord = syllables / words.length;
  return { words: words.length, sentences: sentences.length, wordsPerSentence, syllablesPerWord, ease: EASE[lang](wordsPerSentence, syllablesPerWord) };
}

/** What a sighted reader sees of the element now: rendered text only (folded parts and print-only parts are not rendered). */
function visibleText(el: IpsBenefitsCalculator): string {
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  return base.innerText;
}

describe('plain language in the client view', function () {
  this.timeout(60000);
  afterEach(async () => {
    await setLocale('en');
    await setViewport({ width: 800, height: 600 });
  });

  it('the measure itself: a long sentence of long words scores low, short common words high', () => {
    const hard = readability('Notwithstanding the aforementioned considerations, the beneficiary’s occupational reintegration necessitates authorisation.', 'en');
    const easy = readability('You get more money. It is safe. Ask your doctor first.', 'en');
    expect(hard.ease).to.be.lessThan(0);
    expect(easy.ease).to.be.greaterThan(80);
    expect(easy.sentences).to.equal(3);
  });

  for (const lang of ['en', 'fr', 'nl', 'de'] as Language[]) {
    it(`${lang}: reading ease, words a sentence and words before anything is unfolded, for each plan`, async () => {
      await setViewport({ width: 375, height: 812 });
      const el = await fixture<IpsBenefitsCalculator>(html`<ips-benefits-calculator lang=${lang} no-link-restore readonly .scenario=${PLANS}></ips-benefits-calculator>`);
      await waitUntil(() => $$(el, '[part="plan-choice"] button').length === 3 && (lang === 'en' || !/What will I get/.test(visibleText(el))), 'the answer', {
        timeout: 20000,
      });
      for (let i = 0; i < PLANS.length; i++) {
        $$<HTMLButtonElement>(el, '[part="plan-choice"] button')[i].click();
        await el.updateComplete;
        const r = readability(visibleText(el), lang);
        const figures = `${lang} plan ${'ABC'[i]}: reading ease ${r.ease.toFixed(1)} (target ≥ ${TARGET[lang]}), ${r.wordsPerSentence.toFixed(1)} words a sentence (≤ 15), ${r.syllablesPerWord.toFixed(2)} syllables a word, ${r.words} words (≤ 600)`;
        console.log(figures);
        expect(r.ease, figures).to.be.at.least(TARGET[lang]);
        expect(r.wordsPerSentence, figures).to.be.at.most(15);
        expect(r.words, figures).to.be.at.most(600);
      }
    });
  }
});
