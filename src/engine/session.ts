/**
 * The run context, written once: the client, the ledger, the run token and its name
 * counter, the built-in variables, the capabilities, the checks and the keys. Every request
 * of a run goes through `session.call`, which ledgers an import before it is sent, reads
 * what the answer means (answer.ts) and reports the exchange as an event. Cases,
 * exploration, Pact state setup and teardown all work on a session.
 */
import { setMaxListeners } from 'node:events';
import type { Requirement } from '../cases/types.ts';
import { CHECKS, type Check } from '../checks/checks.ts';
import { classify, creation, type Answer, type CallOptions, type EcsClient, type Exchange } from '../client/index.ts';
import { generateKey, parseKeySpecId, type GeneratedKey } from '../keys/index.ts';
import { KpcError } from '../errors.ts';
import type { EngineEvent } from './events.ts';
import type { KeyFactory } from './key-pool.ts';
import type { Ledger } from './ledger.ts';

/** The region no account has: the built-in `${unknownRegion}`. */
export const UNKNOWN_REGION = 'xx-kpc-nowhere-1';

/** The names of the built-in variables every case can use. */
export const BUILTIN_NAMES = [
  'region',
  'secondRegion',
  'resourceGroup',
  'unknownRegion',
  'unknownResourceGroup',
  'token',
];

/** Where a run works: its regions, the resource group it may use, and its token. */
export interface Places {
  region: string;
  secondRegion?: string | undefined;
  resourceGroup?: string | undefined;
  token: string;
}

/** The built-in variables for `places`: the one definition of `${region}`, `${unknownRegion}`… */
export function builtinValues(p: Places): Record<string, string> {
  const out: Record<string, string> = { region: p.region, unknownRegion: UNKNOWN_REGION };
  if (p.secondRegion !== undefined) out.secondRegion = p.secondRegion;
  if (p.resourceGroup !== undefined) out.resourceGroup = p.resourceGroup;
  out.unknownResourceGroup = `rg-${p.token}`;
  out.token = p.token;
  return out;
}

/** An exchange and what it means. */
export interface Answered {
  exchange: Exchange;
  answer: Answer;
}

/** What a session is built from. */
export interface SessionOptions extends Omit<Places, 'token'> {
  client: EcsClient;
  ledger: Ledger;
  capabilities?: Iterable<Requirement>;
  checks?: readonly Check[];
  keys?: KeyFactory;
  random?: () => number;
  /** Cancels the calls of cases and exploration (never teardown's). */
  signal?: AbortSignal;
  emit?: (e: EngineEvent) => void | Promise<void>;
  /** Where the name counter starts (exploration after a suite starts far above it). */
  serialBase?: number;
}

/** A call's options on a session: `uninterruptible` ignores the session's signal (teardown). */
export interface SessionCallOptions extends Omit<CallOptions, 'signal'> {
  uninterruptible?: boolean;
}

function importOf(action: string, params: Record<string, string>): { region: string; name: string } | undefined {
  const { RegionId: region, KeyPairName: name } = params;
  return action === 'ImportKeyPair' && region !== undefined && name !== undefined ? { region, name } : undefined;
}

/** The run context. */
export class Session {
  readonly client: EcsClient;
  readonly ledger: Ledger;
  readonly token: string;
  readonly places: Places;
  readonly builtins: Readonly<Record<string, string>>;
  readonly capabilities: ReadonlySet<Requirement>;
  readonly checks: readonly Check[];
  readonly keys: KeyFactory;
  readonly random: () => number;
  readonly signal: AbortSignal | undefined;
  readonly emit: (e: EngineEvent) => void | Promise<void>;
  private serial: number;
  private readonly malformed = new Map<string, Promise<GeneratedKey>>();

  constructor(o: SessionOptions) {
    this.client = o.client;
    this.ledger = o.ledger;
    this.token = o.ledger.token;
    this.places = { region: o.region, secondRegion: o.secondRegion, resourceGroup: o.resourceGroup, token: this.token };
    this.builtins = Object.freeze(builtinValues(this.places));
    this.capabilities = new Set(o.capabilities ?? []);
    this.checks = o.checks ?? CHECKS;
    this.keys = o.keys ?? generateKey;
    this.random = o.random ?? Math.random;
    this.signal = o.signal;
    // Every call in flight listens to the run's signal, and a concurrency step sends dozens at once.
    if (o.signal) setMaxListeners(0, o.signal);
    this.emit = o.emit ?? (() => {});
    this.serial = o.serialBase ?? 0;
  }

  /** The token plus a fresh counter: the unique core every made-up name is built around. */
  nextCore(): string {
    return `${this.token}${(this.serial++).toString(36)}`;
  }

  /** Sends one call: an import is ledgered before it leaves and after it is answered. */
  async call(
    label: string,
    action: string,
    params: Record<string, string>,
    o: SessionCallOptions = {},
  ): Promise<Answered> {
    const imp = importOf(action, params);
    if (imp) this.ledger.intent(imp.region, imp.name, label);
    const { uninterruptible, ...rest } = o;
    const signal = uninterruptible ? undefined : this.signal;
    const exchange = await this.client.call(action, params, { ...rest, ...(signal ? { signal } : {}) });
    const answer = classify(exchange);
    if (imp) this.ledger.outcome(imp.region, imp.name, creation(answer));
    if (action === 'DeleteKeyPairs' && answer.kind === 'accepted') this.deleted(params);
    await this.emit({ type: 'exchange', label, exchange, answer });
    return { exchange, answer };
  }

  /** A key of the named type (e.g. `rsa-2048`); an unknown type is a case-file error. */
  key(specId: string): Promise<GeneratedKey> {
    const spec = parseKeySpecId(specId);
    if (!spec) throw new KpcError('KPC_CASE_FILE', `unknown key type "${specId}"`);
    return this.keys(spec);
  }

  /**
   * The key malformed bodies of a type are cut from. A malformed body is refused, never
   * stored, so one source key per type serves every malformed case of a session: RSA and
   * DSA generation is the costliest work a run does.
   */
  malformedSource(specId: string): Promise<GeneratedKey> {
    let key = this.malformed.get(specId);
    if (key === undefined) {
      key = this.key(specId);
      this.malformed.set(specId, key);
      key.catch(() => this.malformed.delete(specId));
    }
    return key;
  }

  private deleted(params: Record<string, string>): void {
    const region = params.RegionId;
    if (region === undefined || params.KeyPairNames === undefined) return;
    try {
      const names = JSON.parse(params.KeyPairNames) as unknown;
      if (Array.isArray(names)) for (const n of names) if (typeof n === 'string') this.ledger.deleted(region, n);
    } catch {
      // Not a JSON array: a target accepted what a faithful one refuses; nothing we know of was deleted.
    }
  }
}
