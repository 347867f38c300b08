import { classifyFingerprint, md5Fingerprint, parsePublicKeyBody, sha1Colon, sha256Base64 } from '../keys/index.ts';
import type { CaseResult, CaseStatus, StepRecord } from '../engine/index.ts';
import { escapeRegExp } from '../text.ts';
import { Placeholders } from './placeholders.ts';

/**
 * A case's observed behaviour with everything volatile normalised away, so two runs (two
 * dates, or an emulator and the vendor) compare equal when they behave alike. Per step:
 * status, error code, and every body leaf as `path → rendering`, where per-run values
 * become numbered placeholders: request ids, names the run made up, public keys it sent,
 * fingerprints (by their relation to the keys sent: `<fingerprint:md5-colon:key1>`),
 * timestamps (by their format), the host id. Messages and Recommend are recorded, never
 * asserted: they are kept apart as `info`, compared only for an informational list.
 */

/** One step as compared: status, code, the body's leaves, and for repeated calls the outcome counts. */
export interface StepObservation {
  action: string;
  status: number | undefined;
  code: string | undefined;
  /** A transport fault's code, when the step got no response. */
  error: string | undefined;
  /** Leaf path → rendering: a JSON literal, or a placeholder like `<request-id:1>`. */
  body: Record<string, string>;
  /** For steps of many calls: outcome → count (`<n>` when the count depends on the account). */
  outcomes: Record<string, string> | undefined;
  /** Message and Recommend, normalised: informational only. */
  info: Record<string, string>;
}

/** A case's observations. */
export interface CaseObservation {
  id: string;
  title: string;
  status: CaseStatus;
  reason: string | undefined;
  steps: StepObservation[];
}

const INFO_FIELDS = new Set(['Message', 'Recommend']);
const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const UUID_G = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/g;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The format of a timestamp, its digits forgotten: `2023-09-04T08:33Z` → `YYYY-MM-DDThh:mmZ`. */
export function timestampFormat(s: string): string | undefined {
  const m = TIMESTAMP.exec(s);
  if (!m) return undefined;
  const sep = s.charAt(10);
  const zone = m[8] === undefined ? '' : m[8] === 'Z' ? 'Z' : m[8].includes(':') ? '±hh:mm' : '±hhmm';
  return `YYYY-MM-DD${sep}hh:mm${m[6] ? ':ss' : ''}${m[7] ? '.s' : ''}${zone}`;
}

interface SentKey {
  placeholder: string;
  forms: Array<[form: string, value: string]>;
}

/** What a case sent, numbered: names, resource groups and keys, so responses can be read against them. */
class CaseContext {
  readonly ph = new Placeholders();
  readonly keys: SentKey[] = [];
  private readonly tokens: string[];
  private host: string | undefined;
  private readonly calledHost: string | undefined;

  constructor(tokens: readonly string[], calledHost?: string) {
    this.tokens = tokens.filter((t) => t.length > 0).map((t) => t.toLowerCase());
    this.calledHost = calledHost;
  }

  /** Registers the values of a request, in a fixed order, before its response is read. */
  sent(params: Record<string, string>): void {
    if (params.KeyPairName !== undefined) this.ph.get('name', params.KeyPairName);
    if (params.KeyPairNames !== undefined) for (const n of jsonNames(params.KeyPairNames)) this.ph.get('name', n);
    if (params.ResourceGroupId) this.ph.get('resource-group', params.ResourceGroupId);
    const body = params.PublicKeyBody?.trim();
    if (body && !this.ph.find('public-key', body)) {
      const placeholder = this.ph.get('public-key', body);
      const parsed = parsePublicKeyBody(body);
      if (parsed.ok) {
        const md5 = md5Fingerprint(parsed.key.blob);
        const sha256 = sha256Base64(parsed.key.blob);
        this.keys.push({
          placeholder,
          forms: [
            ['md5-colon', md5.colon],
            ['md5-hex', md5.hex],
            ['sha1-colon', sha1Colon(parsed.key.blob)],
            ['sha256-base64', sha256],
            ['sha256-base64', `SHA256:${sha256}`],
          ],
        });
      }
    }
  }

  /** The rendering of one string leaf under `key`. */
  string(key: string, v: string): string {
    if (key === 'HostId') {
      this.host = v;
      // Told the host it called, the comparison keeps a HostId that names another host.
      return this.calledHost === undefined || v === this.calledHost ? '<host-id>' : `<host-id:${JSON.stringify(v)}>`;
    }
    const known = this.ph.find('name', v) ?? this.ph.find('resource-group', v) ?? this.ph.find('public-key', v.trim());
    if (known) return known;
    // The id's case is kept as its form: the vendor writes uppercase UUIDs.
    if (UUID.test(v))
      return this.ph.get(v === v.toUpperCase() ? 'request-id' : 'request-id-lowercase', v.toUpperCase());
    if (/fingerprint/i.test(key) || classifyFingerprint(v) !== 'unknown') return this.fingerprint(v);
    const reformatted = this.reformattedKey(v);
    if (reformatted) return reformatted;
    const ts = timestampFormat(v);
    if (ts) return `<timestamp:${ts}>`;
    if (this.tokens.some((t) => v.toLowerCase().includes(t))) return this.ph.get('name', v);
    return JSON.stringify(v);
  }

  /** A fingerprint by its relation to a key the case sent: its form and the key's number. */
  private fingerprint(v: string): string {
    for (const k of this.keys) {
      const n = k.placeholder.slice('<public-key:'.length, -1);
      const exact = k.forms.find(([, f]) => f === v);
      if (exact) return `<fingerprint:${exact[0]}:key${n}>`;
      const folded = k.forms.find(([, f]) => f.toLowerCase() === v.toLowerCase());
      if (folded) return `<fingerprint:${folded[0]}-other-case:key${n}>`;
    }
    return `<fingerprint:${classifyFingerprint(v)}:unrelated>`;
  }

  /** A public key the case sent, given back in another layout (comment dropped, PEM…). */
  private reformattedKey(v: string): string | undefined {
    if (!/^(ssh-|ecdsa-|-----BEGIN|---- BEGIN)/.test(v.trim())) return undefined;
    const parsed = parsePublicKeyBody(v);
    if (!parsed.ok) return '<public-key:unparseable>';
    const md5 = md5Fingerprint(parsed.key.blob).colon;
    const k = this.keys.find((x) => x.forms[0]![1] === md5);
    return k ? `${k.placeholder.slice(0, -1)}:reformatted>` : '<public-key:unrelated>';
  }

  /** Free text (a message): request ids, names, tokens and the host replaced inside it. */
  text(s: string): string {
    let out = s.replace(UUID_G, (u) => this.ph.get('request-id', u.toUpperCase()));
    // Only distinctive names are replaced inside free text: a name carrying a run token, or
    // one long enough not to occur by chance. A 1-3 character name ("q") would otherwise
    // rewrite unrelated text (the "?q=" of every Recommend URL) and fake a drift.
    const distinctive = (n: string): boolean =>
      n.length >= MIN_FREE_TEXT_NAME || this.tokens.some((t) => n.toLowerCase().includes(t));
    const names = [...this.ph.values('name'), ...this.ph.values('resource-group')]
      .filter(distinctive)
      .sort((a, b) => b.length - a.length);
    for (const n of names) {
      const p = this.ph.find('name', n) ?? this.ph.find('resource-group', n)!;
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, 'gu'), p);
    }
    for (const t of this.tokens) out = out.replace(new RegExp(escapeRegExp(t), 'gi'), '<token>');
    if (this.host) out = out.split(this.host).join('<host-id>');
    return out;
  }
}

/** Shorter names (not carrying a run token) are left alone inside free text. */
const MIN_FREE_TEXT_NAME = 8;

function jsonNames(s: string): string[] {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Flattens a body into `path → rendering`; object keys sorted so a target's field order never matters. */
function flatten(v: unknown, path: string, key: string, ctx: CaseContext, out: Record<string, string>): void {
  if (Array.isArray(v)) {
    if (v.length === 0) out[path] = '[]';
    v.forEach((x, i) => flatten(x, `${path}[${i}]`, key, ctx, out));
  } else if (typeof v === 'object' && v !== null) {
    const keys = Object.keys(v).sort();
    if (keys.length === 0) out[path] = '{}';
    for (const k of keys) {
      if (path === '' && (INFO_FIELDS.has(k) || k === 'Code')) continue;
      flatten((v as Record<string, unknown>)[k], path === '' ? k : `${path}.${k}`, k, ctx, out);
    }
  } else if (typeof v === 'string') out[path || '(body)'] = ctx.string(key, v);
  else out[path || '(body)'] = v === undefined ? 'undefined' : JSON.stringify(v);
}

/** The observed body path that holds an answer's form (`json`, `xml <ImportKeyPairResponse>`). */
export const ENVELOPE_PATH = '(envelope)';

function observeStep(s: StepRecord, ctx: CaseContext): StepObservation {
  ctx.sent(s.request.params);
  const base = { action: s.request.action, error: s.response ? undefined : s.infrastructure, info: {} };
  if (s.calls !== undefined && s.outcomes) {
    // Many calls: which one answered first is chance, so only the outcome counts are behaviour;
    // a builtin's counts depend on what the account already holds, so only its outcomes are.
    const builtin = s.response === undefined;
    const outcomes = Object.fromEntries(
      Object.entries(s.outcomes)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, n]) => [k, builtin ? '<n>' : String(n)]),
    );
    return { ...base, status: undefined, code: undefined, body: {}, outcomes };
  }
  const body: Record<string, string> = {};
  if (s.response) flatten(s.response.body, '', '', ctx, body);
  // The form of the answer is behaviour too (a V3 answer turning XML is drift).
  const r = s.response;
  if (r?.format !== undefined) body[ENVELOPE_PATH] = r.root === undefined ? r.format : `${r.format} <${r.root}>`;
  return { ...base, status: s.response?.status, code: s.response?.code, body, outcomes: undefined };
}

/**
 * Normalises one case; `tokens` are the run tokens of the report it comes from. With
 * `calledHost` (the host the run called), a HostId naming another host is kept, not hidden.
 */
export function normalizeCase(c: CaseResult, tokens: readonly string[], calledHost?: string): CaseObservation {
  const ctx = new CaseContext(tokens, calledHost);
  const steps = c.steps.map((s) => observeStep(s, ctx));
  // Informational fields last, so a changed message can never renumber a compared value.
  c.steps.forEach((s, i) => {
    const b = s.response?.body;
    if (s.calls !== undefined || typeof b !== 'object' || b === null) return;
    for (const f of INFO_FIELDS) {
      const v = (b as Record<string, unknown>)[f];
      if (typeof v === 'string') steps[i]!.info[f] = ctx.text(v);
    }
  });
  return { id: c.id, title: c.title, status: c.status, reason: c.reason, steps };
}

/** The run tokens of a report (a merged report lists its shards' tokens joined by commas). */
export function reportTokens(r: { run: { token: string } }): string[] {
  return r.run.token
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
