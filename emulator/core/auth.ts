/**
 * Authentication: parse the RPC call, then (when required) verify its V1 or V3
 * signature, time stamp and nonce. An accepted nonce is recorded in the state it returns,
 * so a replay within 15 minutes fails even when the first request's operation failed.
 */
import {
  decodeRawRequest,
  parseRpcRequest,
  rpcCallOf,
  verifyDecoded,
  type RawHttpRequest,
  type RpcCall,
  type VerifyEnv,
} from '../../src/sign/index.ts';
import { nonceSeen, recordNonce } from './state.ts';
import type { ApiError, CoreEnv, EmulatorState } from './types.ts';

export type AuthResult = { ok: true; call: RpcCall; state: EmulatorState } | { ok: false; error: ApiError };

function withoutAuthorization(raw: RawHttpRequest): RawHttpRequest {
  const headers = { ...raw.headers };
  delete headers['authorization'];
  return { ...raw, headers };
}

/**
 * What verification asks of the emulator: a secret by key id, whether a nonce was seen. One
 * object whose methods live on its class, not an object of closures made for every request.
 */
class KeysAndNonces implements VerifyEnv {
  readonly now: Date;
  readonly #keys: Readonly<Record<string, string>>;
  readonly #nonces: EmulatorState['nonces'];

  constructor(env: CoreEnv, state: EmulatorState) {
    this.now = env.now;
    this.#keys = env.auth.accessKeys;
    this.#nonces = state.nonces;
  }

  lookupSecret(id: string): string | undefined {
    return Object.hasOwn(this.#keys, id) ? this.#keys[id] : undefined;
  }

  nonceSeen(id: string, nonce: string): boolean {
    return nonceSeen(this.#nonces, id, nonce, this.now);
  }
}

/** The call the request makes, with the state after recording its nonce; or why it is refused. */
export function authenticate(state: EmulatorState, raw: RawHttpRequest, env: CoreEnv): AuthResult {
  // Decoded once: parsing and verification read the same decoded request.
  const decoded = decodeRawRequest(raw);
  let parsed = decoded.ok ? rpcCallOf(decoded.request) : decoded;
  // Without auth any signature is accepted, even an Authorization header that cannot be read.
  if (!parsed.ok && !env.auth.required && parsed.code === 'IncompleteSignature')
    parsed = parseRpcRequest(withoutAuthorization(raw));
  if (!parsed.ok) return { ok: false, error: { code: parsed.code, message: parsed.message, status: parsed.status } };
  if (!env.auth.required) return withToken(parsed.call, state, env);
  // Not reached (with auth on, a call parses only from a decoded request); it narrows the type.
  if (!decoded.ok)
    return { ok: false, error: { code: decoded.code, message: decoded.message, status: decoded.status } };

  const verified = verifyDecoded(decoded.request, raw.body, parsed.call, new KeysAndNonces(env, state));
  if (!verified.ok)
    return { ok: false, error: { code: verified.code, message: verified.message, status: verified.status } };
  const nonces = recordNonce(state.nonces, verified.accessKeyId, verified.nonce, env.now);
  return withToken(parsed.call, { ...state, nonces }, env);
}

/** The call, when it carries the security token the emulator requires (if it requires one). */
function withToken(call: RpcCall, state: EmulatorState, env: CoreEnv): AuthResult {
  const required = env.auth.securityToken;
  if (required === undefined) return { ok: true, call, state };
  const sent = call.auth.scheme === 'none' ? undefined : call.auth.securityToken;
  if (sent === undefined || sent === '') return { ok: false, error: { code: 'MissingSecurityToken' } };
  if (sent !== required) return { ok: false, error: { code: 'InvalidSecurityToken.MismatchWithAccessKey' } };
  return { ok: true, call, state };
}
