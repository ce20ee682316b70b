// A build step (Vite plugin) for the standalone file only: it leaves out the `description` of
// each legal parameter (src/rules/parameters/). Those sentences document the parameters for
// people (the README's parameter table, the core's API) and are never read by the element; the
// values, dates and references the forecast and the "Why?" panel use stay as they are.
//
// It refuses to build when a description is not on one line (it could not be removed whole) or
// when code outside the parameters reads `.description` (it would get nothing).

const PARAMETERS = /[\\/]src[\\/]rules[\\/]parameters[\\/][^\\/]+\.ts$/;
const SOURCE = /[\\/]src[\\/].+\.ts$/;
const ONE_LINE = /^[ \t]*description:[ \t]*(['"])(?:\\.|(?!\1).)*\1,[ \t]*\r?\n/gm;

/** The source of a parameter file without its descriptions. */
export function stripDescriptions(code, id = 'parameters') {
  const text = code.replace(ONE_LINE, '');
  if (/^\s*description:\s*['"`]/m.test(text)) {
    throw new Error(`strip-descriptions: a description of ${id} is not a one-line string`);
  }
  return text;
}

export function stripDescriptionsPlugin() {
  return {
    name: 'ips-strip-descriptions',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (PARAMETERS.test(file)) return { code: stripDescriptions(code, file), map: null };
      if (SOURCE.test(file) && /\.description\b/.test(code)) {
        throw new Error(`strip-descriptions: ${file} reads .description, which the standalone build leaves out`);
      }
      return null;
    },
  };
}
