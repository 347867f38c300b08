/** The emulator's pure core: handle(), its state, environment and behaviour policies. */
export { handle, OPERATIONS } from './handle.ts';
export {
  FAITHFUL,
  MIN_RSA_BITS,
  globMatches,
  type Behaviour,
  type DeleteRequest,
  type ImportCheckId,
} from './behaviour.ts';
export type { ListFilter, TagFilter } from './list-filter.ts';
export { drawFault, mulberry32 } from './faults.ts';
export { JSON_CONTENT_TYPE } from './responses.ts';
export {
  NONCE_WINDOW_MS,
  addKeyPair,
  addResourceGroup,
  allKeyPairs,
  emptyState,
  keyPairCount,
  nonceCount,
  regionOf,
  removeKeyPairs,
  resetState,
} from './state.ts';
export type {
  AuthConfig,
  CoreEnv,
  CoreResponse,
  EmulatorState,
  FaultRates,
  KeyPairRecord,
  NonceBook,
  NonceLog,
  NonceMinute,
  Outcome,
  RegionState,
  Tag,
} from './types.ts';
