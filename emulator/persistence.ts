/**
 * The --state-file: key pairs and resource groups (nonces are not kept: they only matter
 * for 15 minutes). Loaded once at start; written after every mutating request, before
 * the response goes out, atomically (temp file in the same folder, fsync, rename), so a
 * kill at any moment leaves either the previous or the next complete file.
 */
import { closeSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KpcError } from '../src/errors.ts';
import { emptyState } from './core/state.ts';
import type { EmulatorState, KeyPairRecord, RegionState } from './core/types.ts';

/** The file's JSON shape, versioned. */
export interface PersistedState {
  kpcEmulatorState: 1;
  regions: Record<string, RegionState>;
  resourceGroups: string[];
}

/** The persisted part of a state, as file text. */
export function serializeState(state: EmulatorState): string {
  const persisted: PersistedState = {
    kpcEmulatorState: 1,
    regions: { ...state.regions },
    resourceGroups: [...state.resourceGroups],
  };
  return `${JSON.stringify(persisted)}\n`;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkRecord(k: unknown, where: string): string | undefined {
  if (!isObject(k)) return `${where} is not an object`;
  for (const f of ['name', 'fingerprint', 'publicKey', 'creationTime', 'resourceGroupId']) {
    if (!isString(k[f])) return `${where}.${f} is not a string`;
  }
  const tags = k['tags'];
  if (!Array.isArray(tags) || !tags.every((t) => isObject(t) && isString(t['TagKey']) && isString(t['TagValue'])))
    return `${where}.tags is not a list of {TagKey, TagValue}`;
  if (k['foreign'] !== undefined && typeof k['foreign'] !== 'boolean') return `${where}.foreign is not a boolean`;
  return undefined;
}

/** Why `data` is not a persisted state, or undefined when it is one. */
export function invalidReason(data: unknown): string | undefined {
  if (!isObject(data) || data['kpcEmulatorState'] !== 1) return 'it lacks "kpcEmulatorState": 1';
  const regions = data['regions'];
  if (!isObject(regions)) return '"regions" is not an object';
  for (const [region, r] of Object.entries(regions)) {
    if (!isObject(r) || !Array.isArray(r['keyPairs']) || typeof r['created'] !== 'number')
      return `region ${region} lacks keyPairs or created`;
    for (const [i, k] of (r['keyPairs'] as unknown[]).entries()) {
      const bad = checkRecord(k, `regions.${region}.keyPairs[${i}]`);
      if (bad !== undefined) return bad;
    }
  }
  const groups = data['resourceGroups'];
  if (!Array.isArray(groups) || !groups.every(isString)) return '"resourceGroups" is not a list of strings';
  return undefined;
}

/** Loads a state file; a missing file is an empty state, a corrupt one a KPC_STATE_FILE error naming it. */
export function loadStateFile(file: string, resourceGroups: readonly string[] = []): EmulatorState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return emptyState(resourceGroups);
    throw new KpcError('KPC_STATE_FILE', `cannot read the state file ${file}: ${(e as Error).message}`, { cause: e });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new KpcError(
      'KPC_STATE_FILE',
      `the state file ${file} is corrupt (not JSON: ${(e as Error).message}); move it away or delete it`,
      { cause: e },
    );
  }
  const bad = invalidReason(data);
  if (bad !== undefined)
    throw new KpcError(
      'KPC_STATE_FILE',
      `the state file ${file} is not an emulator state: ${bad}; move it away or delete it`,
    );
  const p = data as PersistedState;
  const regions: Record<string, RegionState> = {};
  for (const [region, r] of Object.entries(p.regions)) {
    Object.defineProperty(regions, region, {
      value: { keyPairs: r.keyPairs as KeyPairRecord[], created: r.created },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { regions, resourceGroups: [...new Set([...p.resourceGroups, ...resourceGroups])], nonces: [] };
}

/** Writes `text` to `file` atomically and durably. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  const handle = await open(tmp, 'w', 0o600);
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(tmp, file);
  // Make the rename itself durable; some platforms cannot fsync a directory, which is fine.
  try {
    const dir = openSync(dirname(file), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    /* best effort */
  }
}
