/**
 * The race: a shell that checks a name, then awaits (a slow write), then inserts without
 * checking again. No pure policy can express it, since the reference core is atomic by
 * construction; so the mutant drops the core's uniqueness check and wraps dispatch with
 * the racy one. Sequential duplicates are still refused: only concurrency reveals it.
 */
import { parseRpcRequest } from '../../src/sign/index.ts';
import type { Emulator } from '../app.ts';
import { FAITHFUL } from '../core/behaviour.ts';
import { errorOut } from '../core/responses.ts';
import { regionOf } from '../core/state.ts';
import { defineMutant } from './define.ts';
import type { Mutant } from './types.ts';

/** How long the "write" takes between check and insert. */
export const RACE_WINDOW_MS = 20;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Check in the shell, await, then let the (uniqueness-blind) core insert. */
function racyDispatch(inner: Emulator['dispatch'], emulator: Emulator): Emulator['dispatch'] {
  return async (raw, meta = {}) => {
    const parsed = parseRpcRequest(raw);
    if (!parsed.ok || parsed.call.action !== 'ImportKeyPair') return inner(raw, meta);
    const { RegionId: region, KeyPairName: name } = parsed.call.params;
    if (
      region !== undefined &&
      name !== undefined &&
      regionOf(emulator.state(), region).keyPairs.some((k) => k.name === name)
    ) {
      const env = emulator.envFor(raw, meta);
      return {
        kind: 'response',
        response: errorOut(env, 'ImportKeyPair', { code: 'KeyPair.AlreadyExist', name: 'KeyPairName' }),
      };
    }
    await sleep(RACE_WINDOW_MS);
    return inner(raw, meta);
  };
}

/** The check-then-insert race. */
export const RACE_MUTANT: Mutant = defineMutant({
  name: 'race-check-then-insert',
  area: 'uniqueness',
  rules: ['IKP-NAME-UNIQUE'],
  description: `checks the name, waits ${RACE_WINDOW_MS} ms (a slow write), then inserts without checking again: concurrent imports of one name all succeed`,
  change: { importChecks: FAITHFUL.importChecks.filter((c) => c !== 'unique') },
  wrapDispatch: racyDispatch,
});
