// A build step (Vite plugin) that removes the indentation and comments inside Lit's html``, svg``
// and css`` templates of our components. Runs of white space that hold a line break become one
// space, which HTML and CSS render the same way; everything else is left as written.

/** Removes what a CSS or HTML template does not need; `kind` is the template's tag. */
function squeeze(text, kind) {
  if (kind === 'css') {
    return text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .trim();
  }
  return text.replace(/\s*\n\s*/g, ' ');
}

function skipString(src, i, out) {
  const quote = src[i];
  let j = i + 1;
  while (j < src.length && src[j] !== quote) j += src[j] === '\\' ? 2 : 1;
  out.push(src.slice(i, j + 1));
  return j + 1;
}

function template(src, i, kind, out) {
  let literal = '';
  const flush = () => {
    out.push(kind ? squeeze(literal, kind) : literal);
    literal = '';
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      literal += src.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush();
      out.push('`');
      return i + 1;
    } else if (c === '$' && src[i + 1] === '{') {
      flush();
      out.push('${');
      i = code(src, i + 2, true, out);
      out.push('}');
    } else {
      literal += c;
      i++;
    }
  }
  flush();
  return i;
}

function code(src, i, untilBrace, out) {
  let depth = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === '"' || c === "'") {
      i = skipString(src, i, out);
    } else if (c === '`') {
      const before = out.join('').slice(-8);
      const kind = /\b(html|svg|css)\s*$/.exec(before)?.[1] ?? null;
      out.push('`');
      i = template(src, i + 1, kind, out);
    } else if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? src.length : end + 2;
    } else {
      if (c === '{') depth++;
      if (c === '}') {
        if (depth === 0 && untilBrace) return i + 1;
        depth--;
      }
      out.push(c);
      i++;
    }
  }
  return i;
}

export function minifyTemplates(source) {
  const out = [];
  code(source, 0, false, out);
  return out.join('');
}

/** Vite plugin: applies {@link minifyTemplates} to the element's own TypeScript files. */
export function minifyTemplatesPlugin() {
  return {
    name: 'ips-minify-templates',
    enforce: 'pre',
    transform(source, id) {
      if (!/\/src\/components\/.*\.ts$/.test(id) || id.endsWith('.test.ts')) return null;
      return { code: minifyTemplates(source), map: null };
    },
  };
}
