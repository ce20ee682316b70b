// A build step (Vite plugin) for the standalone file only: every msg() of the project has an
// explicit id (`npm run localize:ids` gives one to a new message), so @lit/localize never needs to
// hash a template into an id at run time. This step takes that fallback out of its runtime, and
// with it the 64-bit FNV hash and the id generation (about 1.5 KB before compression). A msg()
// without an id would then show its English text in every language: test/node/build-steps.test.js
// fails first (it reads every msg() call of src/).

const FILE = /[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/;

/** The runtime's source without the hash fallback; throws if it no longer reads as expected. */
export function withoutIdGeneration(code) {
  const out = code
    .replace(/^import \{ generateMsgId \} from '\.\/id-generation\.js';\n/m, '')
    .replace('const id = options?.id ?? generateId(template);', 'const id = options?.id;')
    .replace(/^function generateId\(template\) \{[\s\S]*?^\}\n/m, '')
    .replace(/^const hashCache = new Map\(\);\n/m, '');
  if (/generateMsgId|generateId|hashCache/.test(out.replace(/\/\/.*$/gm, ''))) {
    throw new Error('explicit-msg-ids: @lit/localize/internal/runtime-msg.js no longer reads as expected');
  }
  return out;
}

/** Vite plugin: applies {@link withoutIdGeneration} to @lit/localize's runtime. */
export function explicitMsgIdsPlugin() {
  return {
    name: 'ips-explicit-msg-ids',
    enforce: 'pre',
    transform(code, id) {
      if (!FILE.test(id.split('?')[0])) return null;
      return { code: withoutIdGeneration(code), map: null };
    },
  };
}
