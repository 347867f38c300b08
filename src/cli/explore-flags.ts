/** The exploration flags of `kpc run` and `kpc selfcheck`, checked before anything starts. */
import { KpcError } from '../errors.ts';

/**
 * `--explore N` and `--seed S` read before the run starts, so a typo costs no suite run;
 * the seed is drawn when absent.
 */
export function parseExploreFlags(
  explore: string | undefined,
  seed: string | undefined,
): { runs: number; seed: number } | undefined {
  if (seed !== undefined && (!/^-?\d+$/.test(seed) || !Number.isSafeInteger(Number(seed))))
    throw new KpcError('KPC_USAGE', `--seed must be an integer (got "${seed}")`);
  if (explore === undefined) {
    if (seed !== undefined) throw new KpcError('KPC_USAGE', '--seed needs --explore N');
    return undefined;
  }
  if (!/^\d+$/.test(explore) || Number(explore) < 1)
    throw new KpcError('KPC_USAGE', `--explore must be a whole number of runs, at least 1 (got "${explore}")`);
  // A fresh 31-bit seed when none is given (fast-check takes 32-bit seeds); it is printed and reported.
  return { runs: Number(explore), seed: seed !== undefined ? Number(seed) : Math.floor(Math.random() * 2 ** 31) };
}
