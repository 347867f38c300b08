/**
 * `--explore N`: exploration as the interlude of a run, on the run's own session (token,
 * ledger, client, name counter), between the shared cases and the exclusive ones, so the
 * run's single teardown removes what it created. Each property becomes a result line.
 */
import type { CaseResult, Session } from '../engine/index.ts';
import { defaultSpec } from '../spec/load.ts';
import { explore, exploreCaseResults, type ExploreResult, type PropertyOutcome } from './explore.ts';
import { DEFAULT_FOUND_DIR } from './found-case.ts';

/** The exploration a run asked for. */
export interface ExploreRequest {
  runs: number;
  seed: number;
  /** Where found cases go (default suites/found); undefined with `write: false`. */
  foundDir?: string;
  /** Write found cases (default true). */
  write?: boolean;
}

/** One property's outcome as a line for the user. */
export function propertyLine(p: PropertyOutcome): string {
  const f = p.finding;
  if (f) {
    const written = f.file ? `; written to ${f.file}` : '';
    const shrunk = `shrunk to ${f.counterexample}${written}`;
    return `  ${p.property}: ${p.status}: expected ${f.expected}, got ${f.actual}; ${shrunk}`;
  }
  return `  ${p.property}: ${p.status}${p.reason ? ` (${p.reason})` : ''}`;
}

/** The interlude that explores on a run's session; `onResult` sees the whole exploration. */
export function explorationInterlude(
  request: ExploreRequest,
  log: (line: string) => void,
  onResult: (r: ExploreResult) => void = () => {},
): (session: Session) => Promise<CaseResult[]> {
  return async (session) => {
    const { runs, seed } = request;
    log(`exploration: ${runs} runs per property, seed ${seed} (replay with --explore ${runs} --seed ${seed})`);
    const foundDir = request.write === false ? undefined : (request.foundDir ?? DEFAULT_FOUND_DIR);
    const result = await explore(session, defaultSpec(), { runs, seed, ...(foundDir ? { foundDir } : {}) });
    for (const p of result.properties) log(propertyLine(p));
    onResult(result);
    return exploreCaseResults(result);
  };
}
