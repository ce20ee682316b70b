/**
 * Share links: the scenarios travel in the URL fragment (`#ips=…`), which browsers never send to
 * a server. Encoding: JSON → UTF-8 → base64url, preceded by a check code and a dot:
 * `#ips=<8 hex digits>.<base64url>`. The check code (FNV-1a, 32 bits, of the base64url text)
 * catches accidents — a link cut short by a mail program, a character changed while copying —
 * not someone who edits the link on purpose (they can compute it too). Links made before the
 * check code (no dot: base64url has none) are still read, without the check. Decoding never throws.
 *
 * A link for the client adds `&ips-view=client` (outside the checked value, so links without it
 * read as before): the element that opens it becomes read-only, wherever it is embedded.
 */
import type { Scenario } from '../scenario/types.js';
import { readScenarioList, type DecodedLink } from '../scenario/scenario-list.js';

export { MAX_SHARED_PLANS, readScenarioList, type DecodedLink } from '../scenario/scenario-list.js';

export const FRAGMENT_KEY = 'ips';
/** The flag of a link for the client: opens the element read-only. */
export const CLIENT_VIEW = 'ips-view=client';
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

/** The share URL of `base` (its own fragment replaced); `client`: the link opens read-only. */
export function shareUrl(base: string, scenarios: readonly Scenario[], client = false): string {
  return `${base.split('#')[0]}#${FRAGMENT_KEY}=${encodeScenarios(scenarios)}${client ? `&${CLIENT_VIEW}` : ''}`;
}

/** A link's scenarios, and whether it is the client's (read-only) link. */
export type SharedLink = DecodedLink & { client?: boolean };

/**
 * Reads the scenarios of a URL fragment ("#ips=…"); `none` when the fragment has no such key;
 * `client` when the link is the client's.
 */
export function decodeFragment(hash: string): SharedLink {
  const parts = (hash.startsWith('#') ? hash.slice(1) : hash).split('&');
  const decoded = readFragment(parts);
  return decoded.kind === 'ok' && parts.includes(CLIENT_VIEW) ? { ...decoded, client: true } : decoded;
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
