/** Public API of the engine: run cases, or work on a session (exploration, Pact state setup, sweep). */
export { bindVars, interpolate, textOf, type Bindings, type VarSource } from './bind.ts';
export { runCase, type CaseRunOptions } from './case.ts';
export { CannotJudge } from './fill.ts';
export { freshSource } from './fresh-source.ts';
export type {
  CaseEndEvent,
  CaseStartEvent,
  EngineEvent,
  EngineListener,
  ExchangeEvent,
  RunEndEvent,
  RunStartEvent,
  TeardownEvent,
} from './events.ts';
export type { KeyFactory } from './key-pool.ts';
export { isLive, Ledger, liveRecords, readLedger, type LedgerRecord } from './ledger.ts';
export { evaluate, type MatchContext, type Mismatch } from './matchers.ts';
export { makeName } from './names.ts';
export { groupBy, mapLimit } from './pool.ts';
export { identityOf, unrun } from './result.ts';
export type {
  CaseIdentity,
  CaseResult,
  CaseStatus,
  DiscardedAttempt,
  Place,
  StepRecord,
  TeardownResult,
} from './result.ts';
export { DEFAULT_CASE_RETRIES, runEngine, type EngineOptions, type EngineResult } from './run.ts';
export { BUILTIN_NAMES, builtinValues, Session, UNKNOWN_REGION } from './session.ts';
export type { Answered, Places, SessionCallOptions, SessionOptions } from './session.ts';
export { at } from './read.ts';
export { responseSummary, stepParams } from './step.ts';
export { teardown, type TeardownOptions } from './teardown.ts';
export { isRunToken, newRunToken } from './token.ts';
