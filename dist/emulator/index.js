/** Public API of the reference emulator: the in-process app, the HTTP shell, the pure core. */
export { createEmulator, isLoopback, } from './app.js';
export { MAX_BODY_BYTES, startEmulator } from './server.js';
export { CONTROL_PREFIX } from './control.js';
export { createStateWriter, loadStateFile, serializeState, writeAtomic } from './persistence.js';
export * from './core/index.js';
export { MUTANTS, findMutant, mutantListing, startMutantEmulator, } from './mutants/index.js';
