/** Public API of the reference emulator: the in-process app, the HTTP shell, the pure core. */
export {
  createEmulator,
  isLoopback,
  type Emulator,
  type EmulatorOptions,
  type FaultOptions,
  type Reply,
  type RequestMeta,
} from './app.ts';
export { MAX_BODY_BYTES, startEmulator, type RunningEmulator, type StartOptions } from './server.ts';
export { CONTROL_PREFIX, type SeedKeyPair } from './control.ts';
export { loadStateFile, serializeState, writeAtomic, type PersistedState } from './persistence.ts';
export * from './core/index.ts';
export {
  MUTANTS,
  findMutant,
  mutantListing,
  startMutantEmulator,
  type Mutant,
  type MutantArea,
} from './mutants/index.ts';
