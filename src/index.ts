/**
 * keypair-conformance: the public API. Run the conformance suite from code, use the engine
 * on a session of your own, classify answers, or embed the suite in a vitest run
 * (`keypair-conformance/vitest`) and start the reference emulator (`keypair-conformance/emulator`).
 */
export { defineConfig, loadSelection, resolveRunConfig, runConformance } from './conformance/index.ts';
export type { ConformanceOptions, ConformanceRun, RunConfig, UserRunConfig } from './conformance/index.ts';
export { BUILTIN_NAMES, Ledger, runEngine, Session, teardown, UNKNOWN_REGION } from './engine/index.ts';
export type {
  CaseResult,
  CaseStatus,
  EngineEvent,
  EngineListener,
  EngineOptions,
  EngineResult,
  StepRecord,
  TeardownResult,
} from './engine/index.ts';
export {
  classify,
  createClient,
  creation,
  describeAnswer,
  errorCode,
  isInfrastructure,
  resolveTarget,
} from './client/index.ts';
export type { Answer, ClientOptions, Credentials, EcsClient, Exchange } from './client/index.ts';
export { DEFAULT_SUITES_DIR, loadCases, type LoadedCase } from './cases/load.ts';
export type { Case, CaseFile, Matcher, VarSpec } from './cases/types.ts';
export { createReporters, REPORTER_NAMES } from './report/registry.ts';
export type { Reporter } from './report/reporter.ts';
export type { Report } from './report/types.ts';
export { defaultSpec, loadSpec } from './spec/load.ts';
export { KpcError, isKpcError, type KpcErrorCode } from './errors.ts';
