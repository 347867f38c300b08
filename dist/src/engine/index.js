/** Public API of the engine: run cases, or work on a session (exploration, Pact state setup, sweep). */
export { bindVars, interpolate, textOf } from './bind.js';
export { runCase } from './case.js';
export { CannotJudge } from './fill.js';
export { freshSource } from './fresh-source.js';
export { prefetchingKeyFactory, slowKeyDemand } from './key-pool.js';
export { isLive, Ledger, liveRecords, readLedger } from './ledger.js';
export { evaluate } from './matchers.js';
export { makeName } from './names.js';
export { groupBy, mapLimit } from './pool.js';
export { identityOf, unrun } from './result.js';
export { DEFAULT_CASE_RETRIES, runEngine } from './run.js';
export { BUILTIN_NAMES, builtinValues, Session, UNKNOWN_REGION } from './session.js';
export { at } from './read.js';
export { responseSummary, stepParams } from './step.js';
export { teardown } from './teardown.js';
export { isRunToken, newRunToken } from './token.js';
