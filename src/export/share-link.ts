/**
 * Share links: the scenarios travel in the URL fragment (`#ips=…`), which browsers never send to
 * a server. Encoding: JSON → UTF-8 → base64url. Decoding never throws.
 */
import type { Scenario } from '../scenario/types.js';
import { validateScenario, type ValidationIssue } from '../scenario/validate.js';

export const FRAGMENT_KEY = 'ips';
/** Longer fragments are refused before decoding (four scenarios take about 3 KB). */
export const MAX_FRAGMENT_LENGTH = 64_000;
export const MAX_SHARED_PLANS = 4;

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

export function encodeScenarios(scenarios: readonly Scenario[]): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(scenarios)));
}

/** The share URL of `base` (its own fragment replaced). */
export function shareUrl(base: string, scenarios: readonly Scenario[]): string {
  return `${base.split('#')[0]}#${FRAGMENT_KEY}=${encodeScenarios(scenarios)}`;
}

export type DecodedLink =
  | { kind: 'none' }
  | { kind: 'ok'; scenarios: Scenario[]; warnings: ValidationIssue[] }
  | { kind: 'broken'; errors: ValidationIssue[] };

/** Reads the scenarios of a URL fragment ("#ips=…"); `none` when the fragment has no such key. */
export function decodeFragment(hash: string): DecodedLink {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const entry = fragment.split('&').find((part) => part.startsWith(`${FRAGMENT_KEY}=`));
  if (entry === undefined) return { kind: 'none' };
  const broken = (detail: string): DecodedLink => ({ kind: 'broken', errors: [{ path: '', code: 'INVALID_JSON', params: { detail } }] });
  const payload = entry.slice(FRAGMENT_KEY.length + 1);
  if (payload.length === 0 || payload.length > MAX_FRAGMENT_LENGTH) return broken('length');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(payload)));
  } catch {
    return broken('encoding');
  }
  return readScenarioList(raw);
}

/**
 * One scenario or a list of 1 to 4, each validated; any invalid one makes the whole list broken.
 * A JavaScript object given by a host page (not JSON) is read defensively: an accessor that throws
 * makes it refused, never the element broken.
 */
export function readScenarioList(raw: unknown): DecodedLink {
  try {
    return readList(raw);
  } catch {
    return { kind: 'broken', errors: [{ path: '', code: 'NOT_AN_OBJECT', params: {} }] };
  }
}

function readList(raw: unknown): DecodedLink {
  const list = Array.isArray(raw) ? raw : [raw];
  if (list.length === 0 || list.length > MAX_SHARED_PLANS) {
    return { kind: 'broken', errors: [{ path: '', code: 'TOO_MANY_PLANS', params: { max: MAX_SHARED_PLANS } }] };
  }
  const scenarios: Scenario[] = [];
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const at = (index: number) => (e: ValidationIssue) => ({ ...e, path: list.length > 1 ? `[${index}]${e.path ? '.' + e.path : ''}` : e.path });
  list.forEach((item, index) => {
    const checked = validateScenario(item);
    warnings.push(...checked.warnings.map(at(index)));
    if (checked.ok) scenarios.push(checked.scenario);
    else errors.push(...checked.errors.map(at(index)));
  });
  return errors.length > 0 ? { kind: 'broken', errors } : { kind: 'ok', scenarios, warnings };
}
