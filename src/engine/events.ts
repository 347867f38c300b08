/**
 * What an engine run reports as it goes: typed events, in order. Reporters, the progress
 * line, the vitest adapter and the benchmark's request recorder listen to them; the engine
 * knows none of its listeners (vitest's reporters work the same way).
 */
import type { LoadedCase } from '../cases/load.ts';
import type { Answer, Exchange } from '../client/index.ts';
import type { CaseResult, TeardownResult } from './result.ts';

/** The run is about to start its cases. */
export interface RunStartEvent {
  type: 'run-start';
  cases: readonly LoadedCase[];
  token: string;
  target: string;
}

/** An attempt of a case starts (attempt 2 and later: a re-run after an infrastructure fault). */
export interface CaseStartEvent {
  type: 'case-start';
  case: LoadedCase;
  attempt: number;
}

/** One call came back (or ended without an answer): from a case, a probe, exploration or teardown. */
export interface ExchangeEvent {
  type: 'exchange';
  /** The case id, or what else sent it (`teardown`, `preflight`, `explore/name-rules`…). */
  label: string;
  exchange: Exchange;
  answer: Answer;
}

/** A case is judged: its final result, every attempt in it. */
export interface CaseEndEvent {
  type: 'case-end';
  result: CaseResult;
}

/** Teardown finished: what it deleted and what remains. */
export interface TeardownEvent {
  type: 'teardown';
  result: TeardownResult;
}

/** The run is over. */
export interface RunEndEvent {
  type: 'run-end';
  results: readonly CaseResult[];
  teardown: TeardownResult | undefined;
  interrupted: boolean;
}

/** Any engine event. */
export type EngineEvent = RunStartEvent | CaseStartEvent | ExchangeEvent | CaseEndEvent | TeardownEvent | RunEndEvent;

/** Receives events; a listener that returns a promise is awaited before the run goes on. */
export type EngineListener = (e: EngineEvent) => void | Promise<void>;

/** Calls every listener in turn; a listener that throws is reported through `onError` and never stops the run. */
export function fanOut(
  listeners: readonly EngineListener[],
  onError: (e: unknown, event: EngineEvent) => void = () => {},
): (e: EngineEvent) => Promise<void> {
  return async (event) => {
    for (const l of listeners) {
      try {
        await l(event);
      } catch (e) {
        onError(e, event);
      }
    }
  };
}
