/**
 * The hooks Pact's verifier proxy calls: the request filter, which re-signs every replayed
 * request and ledgers what an import may create, and the state handlers, looked up by a
 * state's name whatever pact is verified (the committed one or a broker's). The filter keeps
 * a copy of the provider's answer, so the one reading of an answer (answer.ts) decides
 * whether the import created something, exactly as in a run.
 */
import { classify, creation, type Exchange } from '../client/index.ts';
import { responseOf } from '../client/send.ts';
import type { Session } from '../engine/index.ts';
import { parsePactState } from './provider-states.ts';
import { resign, type ResignOptions } from './resign.ts';
import { isForeign, setUpState, StateRefused, type StateEnv } from './state-setup.ts';

// Minimal shapes of the Express objects the proxy hands the filter.
export interface FilterRequest {
  path: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}
export interface FilterResponse {
  statusCode: number;
  writableFinished: boolean;
  on(event: 'close', fn: () => void): void;
  status(code: number): { json(body: unknown): void };
  write?: (chunk: unknown, ...rest: unknown[]) => boolean;
  end?: (chunk?: unknown, ...rest: unknown[]) => unknown;
  getHeader?: (name: string) => unknown;
}
type Next = (e?: unknown) => void;

/** Where the hooks report what they refused or could not do. */
export interface HookLog {
  refusals: string[];
  stateErrors: string[];
}

/** Keeps a copy of what the provider answers through `res` (the proxy writes it there). */
function teeBody(res: FilterResponse): () => string {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown): void => {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const { write, end } = res;
  if (write) res.write = (chunk, ...rest) => (keep(chunk), write.call(res, chunk, ...rest));
  if (end) res.end = (chunk, ...rest) => (keep(chunk), end.call(res, chunk, ...rest));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** The provider's answer to an import as an exchange, for the one classification. */
function answerOf(res: FilterResponse, text: string, params: Record<string, string>): Exchange {
  const base = {
    seq: 0,
    action: 'ImportKeyPair',
    params,
    request: { method: 'POST', url: '/', headers: {}, body: '' },
  };
  const timing = { startedAt: new Date().toISOString(), durationMs: 0, attempts: 1 };
  if (!res.writableFinished) {
    const error = {
      code: 'KPC_AMBIGUOUS_WRITE',
      message: 'the answer did not arrive whole',
      failure: 'reset' as const,
    };
    return { ...base, ...timing, response: undefined, error };
  }
  const headers = { 'content-type': String(res.getHeader?.('content-type') ?? '') };
  return {
    ...base,
    ...timing,
    response: responseOf(res.statusCode, headers, text),
    error: undefined,
  };
}

/**
 * Filters one request: state-setup calls pass; API calls are re-signed, and an import is
 * ledgered before it leaves, or answered with 409 when its name belongs to someone else.
 * Resolves 'pass' when the request should go on to the provider.
 */
export async function filterRequest(
  req: FilterRequest,
  res: FilterResponse,
  signing: ResignOptions,
  session: Session,
  log: HookLog,
): Promise<'pass' | 'answered'> {
  if (req.path.startsWith('/_pact')) return 'pass';
  const r = resign(req, signing);
  const name = r.params['KeyPairName'];
  const region = r.params['RegionId'];
  if (r.action === 'ImportKeyPair' && name && region) {
    if (await isForeign(session, region, name)) {
      const msg =
        `key pair ${name} already exists in ${region} and was not created by this verification; ` +
        'kpc will not touch it';
      log.refusals.push(msg);
      res.status(409).json({ Code: 'Kpc.Refused', Message: msg });
      return 'answered';
    }
    session.ledger.intent(region, name, 'interaction');
    const body = teeBody(res);
    res.on('close', () => session.ledger.outcome(region, name, creation(classify(answerOf(res, body(), r.params)))));
  }
  req.url = r.url;
  req.headers = r.headers;
  return 'pass';
}

/** filterRequest as Express middleware, for the Verifier's requestFilter. */
export function requestFilter(
  signing: ResignOptions,
  session: Session,
  log: HookLog,
): (req: FilterRequest, res: FilterResponse, next: Next) => void {
  return (req, res, next) =>
    void filterRequest(req, res, signing, session, log).then((r) => (r === 'pass' ? next() : undefined), next);
}

const KNOWN_STATE = /^(?:key pair .+ exists in \S+|\S+ holds \d+ key pairs|resource group \S+ exists)$/s;

/** State handlers by name: known sentences set their state up; '' is the no-state of stateless interactions. */
export function stateHandlers(env: StateEnv, log: HookLog): Record<string, unknown> {
  const handler = (name: string) => ({
    async setup(params?: unknown): Promise<undefined> {
      try {
        const s = parsePactState(name, params as Record<string, unknown> | undefined);
        if (!s) throw new Error(`unknown provider state "${name}"`);
        await setUpState(s, env);
      } catch (e) {
        (e instanceof StateRefused ? log.refusals : log.stateErrors).push(`${name}: ${(e as Error).message}`);
        throw e;
      }
      return undefined;
    },
    teardown: async (): Promise<undefined> => undefined,
  });
  // A Proxy, because a broker's pacts name their states only at run time; anything else (toJSON…) is absent.
  return new Proxy({} as Record<string, unknown>, {
    get: (_t, p) =>
      p === ''
        ? { setup: async () => undefined }
        : typeof p === 'string' && KNOWN_STATE.test(p)
          ? handler(p)
          : undefined,
  });
}
