// A build step (Vite plugin) for the standalone file only: it leaves out of decimal.js the methods
// this project never calls (trigonometry, logarithms, powers and roots, random numbers, base
// conversion, fractions…) and the two 1 025-digit constants (ln 10 and π) that only those need.
//
// decimal.js puts every method on one prototype object, so a bundler cannot drop the unused ones
// by itself. This step does it by name, then keeps every helper function that the remaining code
// still names, and refuses to build if the remaining code still calls a removed method: a method
// added to our code later that is not in KEEP below fails the build instead of failing at run time.
//
// The library build (dist/lib) and the tests use the whole decimal.js from node_modules.

/** Prototype methods the project (src/) and the kept methods themselves call. */
export const KEEP_METHODS = new Set([
  'comparedTo', 'cmp', 'decimalPlaces', 'dp', 'dividedBy', 'div',
  'equals', 'eq', 'greaterThan', 'gt', 'greaterThanOrEqualTo', 'gte', 'isFinite',
  'isInteger', 'isInt', 'isNegative', 'isNeg', 'isZero',
  'lessThan', 'lt', 'lessThanOrEqualTo', 'lte', 'max', 'min', 'minus', 'sub',
  'plus', 'add', 'times', 'mul', 'toDecimalPlaces', 'toDP', 'toNumber',
  'toString', 'valueOf', 'toJSON',
]);

/** Static methods of the constructor the project calls (`Decimal.clone`…): not `Dec.max` or `Dec.min`, which copy (the rules take the smaller or larger amount itself). */
export const KEEP_STATICS = new Set(['config', 'set', 'clone', 'isDecimal']);

const stripComments = (text) =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s;,{}()])\/\/.*$/gm, '$1');

/**
 * Splits decimal.mjs into top-level blocks: prototype methods (`P.a = P.b = function…};`),
 * function declarations (`function f(…) {…}`), the `divide` closure, and the rest.
 */
function blocks(source) {
  const lines = source.split('\n');
  const out = [];
  let rest = [];
  const flushRest = () => {
    if (rest.length) out.push({ kind: 'rest', text: rest.join('\n') });
    rest = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let kind = null;
    let names = [];
    let end = null;
    let m;
    if ((m = /^((?:P\.\w+ = )+)function/.exec(line))) {
      kind = 'method';
      names = m[1].match(/P\.(\w+)/g).map((p) => p.slice(2));
      end = /^};\s*$/;
    } else if ((m = /^function (\w+)\(/.exec(line))) {
      kind = 'function';
      names = [m[1]];
      end = /^}\s*$/;
    } else if ((m = /^var (\w+) = \(function \(\) \{/.exec(line))) {
      kind = 'function';
      names = [m[1]];
      end = /^}\)\(\);\s*$/;
    }
    if (!kind) {
      rest.push(line);
      continue;
    }
    let j = i;
    while (j < lines.length && !end.test(lines[j])) j++;
    if (j === lines.length) throw new Error(`trim-decimal: no end for ${names.join('/')} at line ${i + 1}`);
    flushRest();
    out.push({ kind, names, text: lines.slice(i, j + 1).join('\n') });
    i = j;
  }
  flushRest();
  return out;
}

/** The trimmed source of decimal.mjs, and what was left out. */
export function trimDecimal(source) {
  const parts = blocks(source.replace(/\r\n/g, '\n'));
  const removedMethods = [];
  const removedStatics = [];

  // 1. Prototype methods: keep a block when one of its names is kept.
  let kept = parts.filter((p) => {
    if (p.kind !== 'method' || p.names.some((n) => KEEP_METHODS.has(n))) return true;
    removedMethods.push(...p.names);
    return false;
  });

  // 2. Static methods: the `Decimal.name = fn;` lines inside clone().
  kept = kept.map((p) => {
    if (p.kind !== 'function' || p.names[0] !== 'clone') return p;
    const text = p.text.replace(/^ {2}Decimal\.(\w+) = ([a-z]\w*);.*\n/gm, (line, name) => {
      if (KEEP_STATICS.has(name)) return line;
      removedStatics.push(name);
      return '';
    });
    return { ...p, text };
  });

  // 3b. parseOther() reads hexadecimal, binary and octal strings and needs the removed `pow` for
  // a binary exponent of 54 or more ("0x1p60"). The project only ever gives decimal.js decimal
  // text (see parseDecimal in src/rules/decimal.ts): such a string is refused as an invalid
  // argument instead, like any other text decimal.js cannot read.
  kept = kept.map((p) => {
    if (p.names?.[0] !== 'parseOther') return p;
    const text = p.text.replace('Decimal.pow(2, p)', '(function () { throw Error(invalidArgument + str); })()');
    if (text === p.text) throw new Error('trim-decimal: parseOther() no longer reads as expected');
    return { ...p, text };
  });

  // 3. Helper functions: keep those named by kept code, until nothing new is reached.
  const functions = new Map(kept.filter((p) => p.kind === 'function').map((p) => [p.names[0], p]));
  const reached = new Set();
  const queue = kept.filter((p) => p.kind !== 'function');
  while (queue.length) {
    const code = stripComments(queue.pop().text);
    for (const [name, block] of functions) {
      // The name itself, not a property of that name (`Math.pow`).
      if (!reached.has(name) && new RegExp(`(?<![.\\w$])${name}(?![\\w$])`).test(code)) {
        reached.add(name);
        queue.push(block);
      }
    }
  }
  const removedFunctions = [...functions.keys()].filter((n) => !reached.has(n));
  kept = kept.filter((p) => p.kind !== 'function' || reached.has(p.names[0]));

  // 4. The ln 10 and π constants, when no kept function uses them.
  let text = kept.map((p) => p.text).join('\n');
  const functionCode = stripComments(kept.filter((p) => p.kind !== 'rest').map((p) => p.text).join('\n'));
  const removedConstants = [];
  for (const constant of ['LN10', 'PI']) {
    if (new RegExp(`\\b${constant}\\b`).test(functionCode)) continue;
    const before = text;
    text = text
      .replace(new RegExp(`^( {2}${constant} = )'[0-9.]+'`, 'm'), "$1''")
      .replace(new RegExp(`^${constant} = new Decimal\\(${constant}\\);\\n`, 'm'), '');
    if (text === before) throw new Error(`trim-decimal: could not remove the constant ${constant}`);
    removedConstants.push(constant);
  }

  // 5. Refuse a result that still calls what was removed.
  const code = stripComments(text);
  const gone = new Set([...removedMethods, ...removedStatics].filter((n) => !KEEP_STATICS.has(n) && !KEEP_METHODS.has(n)));
  // A call `x.name(`, `Ctor.name(` or `P.name.call(`; not `Math.pow(`.
  const stillCalled = [...gone].filter((n) => new RegExp(`(?<!\\bMath)\\.${n}\\s*(\\(|\\.call\\b|\\.apply\\b)`).test(code));
  if (stillCalled.length) {
    throw new Error(`trim-decimal: the kept code of decimal.js still calls ${stillCalled.join(', ')}`);
  }
  return { text, removedMethods, removedStatics, removedFunctions, removedConstants };
}

/** Vite plugin: applies {@link trimDecimal} to decimal.js's ES module. */
export function trimDecimalPlugin() {
  return {
    name: 'ips-trim-decimal',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]decimal\.js[\\/]decimal\.mjs$/.test(id.split('?')[0])) return null;
      return { code: trimDecimal(code).text, map: null };
    },
  };
}
