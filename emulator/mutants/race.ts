/**
 * The races: a shell that checks, then awaits (a slow write), then inserts without checking
 * again. No pure policy can express them, since the reference core is atomic by construction;
 * so each mutant drops one of the core's checks and wraps dispatch with the racy one.
 * Sequential requests are still refused as they should be: only concurrency reveals them.
 */
import { parseRpcRequest } from '../../src/sign/index.ts';
import type { Emulator } from '../app.ts';
import { FAITHFUL, type ImportCheckId } from '../core/behaviour.ts';
import { errorOut } from '../core/responses.ts';
import { regionOf } from '../core/state.ts';
import type { ApiError, EmulatorState } from '../core/types.ts';
import { defineMutant } from './define.ts';
import type { Mutant } from './types.ts';

/** How long the "write" takes between check and insert. */
export const RACE_WINDOW_MS = 20;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The check a racy shell makes of an import before it waits: the error to answer, if any. */
type ShellCheck = (emulator: Emulator, state: EmulatorState, region: string, name: string) => ApiError | undefined;

/** Check in the shell, await, then let the core (blind to that check) insert. */
function racyDispatch(check: ShellCheck) {
  return (inner: Emulator['dispatch'], emulator: Emulator): Emulator['dispatch'] =>
    async (raw, meta = {}) => {
      const parsed = parseRpcRequest(raw);
      if (!parsed.ok || parsed.call.action !== 'ImportKeyPair') return inner(raw, meta);
      const { RegionId: region, KeyPairName: name } = parsed.call.params;
      const error = region && name ? check(emulator, emulator.state(), region, name) : undefined;
      if (error !== undefined)
        return { kind: 'response', response: errorOut(emulator.envFor(raw, meta), 'ImportKeyPair', error) };
      await sleep(RACE_WINDOW_MS);
      return inner(raw, meta);
    };
}

const without = (check: ImportCheckId) => FAITHFUL.importChecks.filter((c) => c !== check);

/** The check-then-insert race of names. */
export const RACE_MUTANT: Mutant = defineMutant({
  name: 'race-check-then-insert',
  area: 'uniqueness',
  rules: ['IKP-NAME-UNIQUE'],
  description:
    `checks the name, waits ${RACE_WINDOW_MS} ms (a slow write), then inserts without ` +
    `checking again: concurrent imports of one name all succeed`,
  change: { importChecks: without('unique') },
  wrapDispatch: racyDispatch((_, state, region, name) =>
    regionOf(state, region).keyPairs.some((k) => k.name === name)
      ? { code: 'KeyPair.AlreadyExist', name: 'KeyPairName' }
      : undefined,
  ),
});

/** The check-then-insert race of the quota. */
export const QUOTA_RACE_MUTANT: Mutant = defineMutant({
  name: 'race-quota-then-insert',
  area: 'quota',
  rules: ['IKP-QUOTA'],
  description:
    `checks the quota, waits ${RACE_WINDOW_MS} ms (a slow write), then inserts without checking ` +
    `again: concurrent imports near the quota overfill the region`,
  change: { importChecks: without('quota') },
  wrapDispatch: racyDispatch((emulator, state, region) => {
    const r = regionOf(state, region);
    const full = emulator.behaviour.quotaUsed(r, state) >= emulator.behaviour.quotaFor(emulator.spec, region);
    return full ? { code: 'QuotaExceed.KeyPair' } : undefined;
  }),
});
