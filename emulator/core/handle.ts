/**
 * The emulator's pure core: handle(state, request, env) → { state, response }.
 * Order: injected fault → parse and authenticate → path, method, action and version →
 * the operation's own checks (README "Order of checks"). Never throws: an unexpected
 * exception is a 500 InternalError with the state unchanged.
 */
import { splitUrl } from '../../src/sign/raw-request.ts';
import { authenticate } from './auth.ts';
import { deleteKeyPairs } from './delete-key-pairs.ts';
import { describeKeyPairs } from './describe-key-pairs.ts';
import { drawFault } from './faults.ts';
import { importKeyPair } from './import-key-pair.ts';
import { errorOut, fail, missing, ok, okResponse } from './responses.ts';
import type { CoreEnv, EmulatorState, Operation, Outcome, RawHttpRequest, Step } from './types.ts';
import type { RpcCall } from '../../src/sign/index.ts';

/** The operations the emulator serves, by action name. */
export const OPERATIONS: Readonly<Record<string, Operation>> = Object.freeze({
  ImportKeyPair: importKeyPair,
  DescribeKeyPairs: describeKeyPairs,
  DeleteKeyPairs: deleteKeyPairs,
});

/** Handles one API request: the next state and the response. Pure; never throws. */
export function handle(state: EmulatorState, request: RawHttpRequest, env: CoreEnv): Outcome {
  try {
    return dispatch(state, request, env);
  } catch {
    return { state, response: errorOut(env, undefined, { code: 'InternalError' }) };
  }
}

function dispatch(state: EmulatorState, request: RawHttpRequest, env: CoreEnv): Outcome {
  const fault = drawFault(env.faults, env.random);
  if (fault !== undefined) return { state, response: errorOut(env, undefined, fault) };
  const auth = authenticate(state, request, env);
  if (!auth.ok) return { state, response: errorOut(env, undefined, auth.error) };
  const signedIn = auth.state;
  const action = resolveAction(request, auth.call, env);
  if (!action.ok) return { state: signedIn, response: errorOut(env, undefined, action.error) };
  const operation = OPERATIONS[action.value] as Operation;
  const result = operation(signedIn, auth.call.params, env);
  if (!result.ok) return { state: result.state ?? signedIn, response: errorOut(env, action.value, result.error) };
  return { state: result.state, response: okResponse(env, action.value, result.body) };
}

/** The operation a call names: RPC path `/`, GET or POST, a known Action at the spec's Version. */
function resolveAction(request: RawHttpRequest, call: RpcCall, env: CoreEnv): Step<string> {
  const method = request.method.toUpperCase();
  if (splitUrl(request.url).path !== '/' || (method !== 'GET' && method !== 'POST'))
    return fail('InvalidAction.NotFound');
  if (call.action === undefined || call.action === '') return missing('Action');
  if (call.version === undefined || call.version === '') return missing('Version');
  if (!Object.hasOwn(OPERATIONS, call.action) || call.version !== env.spec.api.version)
    return fail('InvalidAction.NotFound');
  return ok(call.action);
}
