/**
 * Share links: the scenarios travel in the URL fragment (`#ips=…`), which browsers never send to
 * a server. Encoding: JSON → UTF-8 → base64url, preceded by a check code and a dot:
 * `#ips=<8 hex digits>.<base64url>`. The check code (FNV-1a, 32 bits, of the base64url text)
 * catches accidents — a link cut short by a mail program, a character changed while copying —
 * not someone who edits the link on purpose (they can compute it too). Links made before the
 * check code (no dot: base64url has none) are still read, without the check. Decoding never throws.
 *
 * A link for the client adds `&ips-view=client` (outside the checked value, so links without it
 * read as before): the element that opens it becomes read-only, wherever it is embedded. Every
 * link made by the element also says the language it was made in and the plan shown
 * (`&ips-lang=fr&ips-plan=2`, outside the checked value too): the link opens in that language, on
 * that plan. A value that is not one of the four languages, or not the index of one of the link's
 * plans, is ignored (the link opens as an older one would).
 */
import { LANGUAGES, type Language } from '../localization.js';
import type { Scenario } from '../scenario/types.js';
import { readScenarioList, type DecodedLink } from '../scenario/scenario-list.js';

export { MAX_SHARED_PLANS, readScenarioList, type DecodedLink } from '../scenario/scenario-list.js';

export const FRAGMENT_KEY = 'ips';
/** The flag of a link for the client: opens the element read-only. */
export const CLIENT_VIEW = 'ips-view=client';
/** The language of a link (`en`, `fr`, `nl` or `de`): the language the element speaks when it opens. */
export const LANGUAGE_KEY = 'ips-lang';
/** The plan shown when the link was made (0 for plan A): the plan shown when it opens. */
export const PLAN_KEY = 'ips-plan';
/** Longer fragments are refused before decoding (four scenarios take about 3 KB). */
export const MAX_FRAGMENT_LENGTH = 64_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** FNV-1a (32 bits) of an ASCII text, as 8 hex digits. */
export function checkCode(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The value of `ips=` in a share link: check code, dot, payload. */
export function encodeScenarios(scenarios: readonly Scenario[]): string {
  const payload = toBase64Url(new TextEncoder().encode(JSON.stringify(scenarios)));
  return `${checkCode(payload)}.${payload}`;
}

/** What a share link says besides its scenarios: the language to open in and the plan to show. */
export interface ShareOptions {
  language?: Language;
  /** 0-based index of the plan to show (plan A is 0). */
  plan?: number;
}

/**
 * The share URL of `base` (its own fragment replaced); `client`: the link opens read-only;
 * `options`: the language and the plan it opens with (left out when not given or not valid).
 */
export function shareUrl(base: string, scenarios: readonly Scenario[], client = false, options: ShareOptions = {}): string {
  const extra: string[] = [];
  if (options.language !== undefined && LANGUAGES.includes(options.language)) extra.push(`${LANGUAGE_KEY}=${options.language}`);
  if (options.plan !== undefined && Number.isInteger(options.plan) && options.plan >= 0 && options.plan < scenarios.length) extra.push(`${PLAN_KEY}=${options.plan}`);
  if (client) extra.push(CLIENT_VIEW);
  return `${base.split('#')[0]}#${FRAGMENT_KEY}=${encodeScenarios(scenarios)}${extra.map((part) => `&${part}`).join('')}`;
}

/** Whether a share URL (or its fragment) is the client's read-only link. */
export function isClientLink(url: string): boolean {
  return fragmentParts(url.slice(url.indexOf('#') + 1)).includes(CLIENT_VIEW);
}

/**
 * A link's scenarios; whether it is the client's (read-only) link; the language it was made in and
 * the plan it showed, when the link says so validly.
 */
export type SharedLink = DecodedLink & { client?: boolean; lang?: Language; plan?: number };

const fragmentParts = (hash: string) => (hash.startsWith('#') ? hash.slice(1) : hash).split('&');

/**
 * Reads the scenarios of a URL fragment ("#ips=…"); `none` when the fragment has no such key;
 * `client` when the link is the client's; `lang` and `plan` when the link gives one of the four
 * languages and the index of one of its plans (anything else there is ignored).
 */
export function decodeFragment(hash: string): SharedLink {
  const parts = fragmentParts(hash);
  const decoded = readFragment(parts);
  if (decoded.kind !== 'ok') return decoded;
  const link: SharedLink = { ...decoded };
  if (parts.includes(CLIENT_VIEW)) link.client = true;
  const valueOf = (key: string) => parts.find((part) => part.startsWith(`${key}=`))?.slice(key.length + 1);
  const lang = valueOf(LANGUAGE_KEY);
  if ((LANGUAGES as readonly (string | undefined)[]).includes(lang)) link.lang = lang as Language;
  // An index as the element writes it (a link has at most 4 plans): "1e9", "-1", "2.0", "02" are ignored.
  const plan = valueOf(PLAN_KEY);
  if (plan !== undefined && /^(0|[1-9][0-9]?)$/.test(plan) && Number(plan) < decoded.scenarios.length) link.plan = Number(plan);
  return link;
}

function readFragment(parts: string[]): DecodedLink {
  const entry = parts.find((part) => part.startsWith(`${FRAGMENT_KEY}=`));
  if (entry === undefined) return { kind: 'none' };
  const broken = (detail: string): DecodedLink => ({ kind: 'broken', errors: [{ path: '', code: 'INVALID_JSON', params: { detail } }] });
  const value = entry.slice(FRAGMENT_KEY.length + 1);
  if (value.length === 0 || value.length > MAX_FRAGMENT_LENGTH) return broken('length');
  const dot = value.indexOf('.');
  const payload = value.slice(dot + 1);
  // A link with a check code must match it; one without (made before it existed) is read as is.
  if (dot >= 0 && value.slice(0, dot) !== checkCode(payload)) return broken('checksum');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(payload)));
  } catch {
    return broken('encoding');
  }
  return readScenarioList(raw);
}
