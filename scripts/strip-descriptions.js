// A build step (Vite plugin) for the standalone file only: it leaves out the `description` (and `unit`) of
// each legal parameter (src/rules/parameters/). Those sentences document the parameters for
// people (the README's parameter table, the core's API) and are never read by the element; the
// values, dates and references the forecast and the "Why?" panel use stay as they are.
//
// It refuses to build when a description is not on one line (it could not be removed whole) or
// when code outside the parameters reads `.description` (it would get nothing).

const PARAMETERS = /[\\/]src[\\/]rules[\\/]parameters[\\/][^\\/]+\.ts$/;
// Parameter files whose sources only document the amounts (the README's table, the core's API;
// volunteer.ts: the allowance limits, cited in the notices' words):
// the element never shows their references, so the standalone file keeps their values and dates
// and leaves out the titles, addresses and statuses of their sources. The rules' own references
// (sources.ts, cumulation.ts, special-cases.ts…) are linked from the "Why?" panel: they keep their
// addresses; their titles and statuses, which the element never shows (the panel names a source
// with its own translated words), are left out too.
export const DOCUMENTATION_ONLY_REFERENCES = /[\\/](benefit-rates|indexation|authorisation|volunteer)\.ts$/;
// A string-valued key with its comma: `title: '…',` (the value may start on the next line).
const keyWithValue = (keys) => new RegExp(`\\b(?:${keys}):\\s*(['"])(?:\\\\.|(?!\\1)[^\\\\])*\\1[ \\t]*,?`, 'g');
const REFERENCE_TEXT = keyWithValue('title|href|status');
const REFERENCE_TITLE = keyWithValue('title|status');

/** The source of a documentation-only parameter file whose sources keep no title, address or status. */
export function stripReferenceTexts(code) {
  return code.replace(REFERENCE_TEXT, '');
}

/** The source of a rule's parameter file whose sources keep their addresses only (no title, no status). */
export function stripReferenceTitles(code) {
  return code.replace(REFERENCE_TITLE, '');
}
const SOURCE = /[\\/]src[\\/].+\.ts$/;
const ONE_LINE = /^[ \t]*(?:description|unit):[ \t]*(['"])(?:\\.|(?!\1).)*\1,[ \t]*\r?\n/gm;

/** The source of a parameter file without its descriptions. */
export function stripDescriptions(code, id = 'parameters') {
  const text = code.replace(ONE_LINE, '');
  if (/^\s*(?:description|unit):\s*['"`]/m.test(text)) {
    throw new Error(`strip-descriptions: a description or unit of ${id} is not a one-line string`);
  }
  return text;
}

export function stripDescriptionsPlugin() {
  return {
    name: 'ips-strip-descriptions',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (PARAMETERS.test(file)) {
        const text = stripDescriptions(code, file);
        return { code: DOCUMENTATION_ONLY_REFERENCES.test(file) ? stripReferenceTexts(text) : stripReferenceTitles(text), map: null };
      }
      if (SOURCE.test(file) && /\.(?:description|unit)\b/.test(code)) {
        throw new Error(`strip-descriptions: ${file} reads .description or .unit, which the standalone build leaves out`);
      }
      return null;
    },
  };
}
