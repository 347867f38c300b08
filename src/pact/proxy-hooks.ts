/**
 * The hooks Pact's verifier proxy calls: the request filter, which re-signs every replayed
 * request and keeps custody of what an import may create, and the state handlers, looked
 * up by a state's name whatever pact is verified (the committed one or a broker's).
 */
import type { Custody } from './custody.ts';
import { parsePactState } from './provider-states.ts';
import { resign, type ResignOptions } from './resign.ts';
import { setUpState, StateRefused, type StateEnv } from './state-setup.ts';

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
}
type Next = (e?: unknown) => void;

/** Where the hooks report what they refused or could not do. */
export interface HookLog {
  refusals: string[];
  stateErrors: string[];
}

/**
 * Filters one request: state-setup calls pass; API calls are re-signed, and an import is
 * recorded before it leaves, or answered with 409 when its name belongs to someone else.
 * Resolves 'pass' when the request should go on to the provider.
 */
export async function filterRequest(
  req: FilterRequest,
  res: FilterResponse,
  signing: ResignOptions,
  custody: Custody,
  log: HookLog,
): Promise<'pass' | 'answered'> {
  if (req.path.startsWith('/_pact')) return 'pass';
  const r = resign(req, signing);
  const name = r.params['KeyPairName'];
  const region = r.params['RegionId'];
  if (r.action === 'ImportKeyPair' && name && region) {
    if (await custody.foreign(region, name)) {
      const msg = `key pair ${name} already exists in ${region} and was not created by this verification; kpc will not touch it`;
      log.refusals.push(msg);
      res.status(409).json({ Code: 'Kpc.Refused', Message: msg });
      return 'answered';
    }
    custody.intent(region, name, 'interaction');
    res.on('close', () => custody.outcome(region, name, res.writableFinished ? res.statusCode : undefined));
  }
  req.url = r.url;
  req.headers = r.headers;
  return 'pass';
}

/** filterRequest as Express middleware, for the Verifier's requestFilter. */
export function requestFilter(
  signing: ResignOptions,
  custody: Custody,
  log: HookLog,
): (req: FilterRequest, res: FilterResponse, next: Next) => void {
  return (req, res, next) =>
    void filterRequest(req, res, signing, custody, log).then((r) => (r === 'pass' ? next() : undefined), next);
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
