/** The emulator's pure core: handle(), its state, environment and behaviour policies. */
export { handle, OPERATIONS } from './handle.js';
export { FAITHFUL, MIN_RSA_BITS, globMatches } from './behaviour.js';
export { drawFault, mulberry32 } from './faults.js';
export { JSON_CONTENT_TYPE } from './responses.js';
export { NONCE_WINDOW_MS, addKeyPair, addResourceGroup, allKeyPairs, emptyState, keyPairCount, nonceCount, regionOf, removeKeyPairs, resetState, } from './state.js';
