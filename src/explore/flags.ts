/** The exploration flags of `kpc run`, checked before the suite starts (no fast-check loaded). */
import { KpcError } from '../errors.ts';

/** `--explore N` and `--seed S` read before the run starts, so a typo costs no suite run. */
export function parseExploreFlags(
  explore: string | undefined,
  seed: string | undefined,
): { runs: number; seed?: number } | undefined {
  if (seed !== undefined && (!/^-?\d+$/.test(seed) || !Number.isSafeInteger(Number(seed))))
    throw new KpcError('KPC_USAGE', `--seed must be an integer (got "${seed}")`);
  if (explore === undefined) {
    if (seed !== undefined) throw new KpcError('KPC_USAGE', '--seed needs --explore N');
    return undefined;
  }
  if (!/^\d+$/.test(explore) || Number(explore) < 1)
    throw new KpcError('KPC_USAGE', `--explore must be a whole number of runs, at least 1 (got "${explore}")`);
  return { runs: Number(explore), ...(seed !== undefined ? { seed: Number(seed) } : {}) };
}
