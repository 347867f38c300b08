/**
 * Where the emulator's state lives, and the rule for changing it: a transition is committed
 * only once it is durable. Without a state file a transition is committed at once, with no
 * turn of the event loop between reading the state and replacing it, which is what makes an
 * import atomic. With a state file transitions run one at a time, and each is written to
 * disk before it is committed: a write that cannot be persisted leaves the state as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KpcError } from '../src/errors.ts';
import { emptyState } from './core/state.ts';
import type { EmulatorState } from './core/types.ts';
import { loadStateFile, serializeState, writeAtomic } from './persistence.ts';

/** The state holder. */
export interface Store {
  get(): EmulatorState;
  /**
   * Runs `step` on the current state and commits the state it returns. With a state file,
   * resolves once the change is on disk, or with `undefined` when it could not be written
   * (nothing committed; `onError` told why).
   */
  transact<T extends { state: EmulatorState }>(step: (s: EmulatorState) => T): T | Promise<T | undefined>;
  /** Resolves when no transition is in progress. */
  idle(): Promise<void>;
}

export interface StoreOptions {
  stateFile?: string | undefined;
  resourceGroups: readonly string[];
  initialState?: EmulatorState | undefined;
  onError(message: string): void;
}

/** True when a transition changed what the state file keeps (nonces are not kept). */
const persisted = (a: EmulatorState, b: EmulatorState): boolean =>
  a.regions !== b.regions || a.resourceGroups !== b.resourceGroups;

/** Refuses a state file whose folder cannot take the atomic writes (missing, not writable). */
function checkWritable(file: string): void {
  try {
    rmSync(mkdtempSync(join(dirname(file), '.kpc-write-check-')), { recursive: true });
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : (e as Error).message;
    throw new KpcError('KPC_STATE_FILE', `cannot write the state file ${file}: ${why}`, { cause: e });
  }
}

/** A store in memory only. */
function memoryStore(initial: EmulatorState): Store {
  let current = initial;
  return {
    get: () => current,
    transact(step) {
      const out = step(current);
      current = out.state;
      return out;
    },
    idle: () => Promise.resolve(),
  };
}

/** A store backed by `file`; throws KPC_STATE_FILE when the file is corrupt or cannot be written. */
function fileStore(file: string, o: StoreOptions): Store {
  let current = loadStateFile(file, o.resourceGroups);
  checkWritable(file);
  let tail: Promise<unknown> = Promise.resolve();
  async function commit<T extends { state: EmulatorState }>(step: (s: EmulatorState) => T): Promise<T | undefined> {
    const out = step(current);
    if (!persisted(current, out.state)) return ((current = out.state), out);
    try {
      await writeAtomic(file, serializeState(out.state));
    } catch (e) {
      o.onError(`cannot write the state file ${file}: ${(e as Error).message}`);
      return undefined;
    }
    current = out.state;
    return out;
  }
  return {
    get: () => current,
    transact(step) {
      const run = tail.then(() => commit(step));
      tail = run.catch(() => undefined);
      return run;
    },
    idle: () => tail.then(() => undefined),
  };
}

/** The store for the options: file-backed with a state file, else in memory. */
export function createStore(o: StoreOptions): Store {
  if (o.stateFile !== undefined) return fileStore(o.stateFile, o);
  return memoryStore(o.initialState ?? emptyState(o.resourceGroups));
}
