import type { InteractionSpec } from './interactions.ts';
/** The signature headers, by shape: a provider must see a signed V3 request, never a particular one. */
export declare function signatureHeaders(): Record<string, unknown>;
/** Runs one consumer test per interaction and writes the pact into `dir` (merged by Pact). */
export declare function runConsumerTests(interactions: readonly InteractionSpec[], dir: string): Promise<void>;
