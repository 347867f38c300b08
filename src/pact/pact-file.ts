/**
 * The pact file as data: reading it, putting its interactions in the contract's order, and
 * the comparable core (interactions without Pact's metadata) that proves a regeneration
 * changed nothing but tool versions.
 */
import { readFileSync } from 'node:fs';
import { KpcError } from '../errors.ts';

/** One interaction as a pact file holds it (only the fields kpc reads are typed). */
export interface PactInteraction {
  description: string;
  providerStates?: Array<{ name: string; params?: Record<string, unknown> }>;
  request: { method: string; path: string; query?: Record<string, string[]>; headers?: Record<string, string[]> };
  response: { status: number; body?: unknown };
  [field: string]: unknown;
}

/** A pact file. */
export interface PactDocument {
  consumer: { name: string };
  provider: { name: string };
  interactions: PactInteraction[];
  metadata?: Record<string, unknown>;
}

/** Reads and minimally validates a pact file; a broken one is a configuration fault naming the file. */
export function readPact(file: string): PactDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new KpcError('KPC_CONFIG', `cannot read the pact ${file}: ${(e as Error).message}`, { cause: e });
  }
  const d = doc as Partial<PactDocument>;
  if (!Array.isArray(d.interactions) || typeof d.consumer?.name !== 'string' || typeof d.provider?.name !== 'string') {
    throw new KpcError('KPC_CONFIG', `${file} is not a pact file (consumer, provider and interactions expected)`);
  }
  return d as PactDocument;
}

/** The document with its interactions in `order` (by description); unknown ones go last, sorted. */
export function ordered(doc: PactDocument, order: readonly string[]): PactDocument {
  const rank = new Map(order.map((d, i) => [d, i]));
  const key = (i: PactInteraction): number => rank.get(i.description) ?? Number.MAX_SAFE_INTEGER;
  const interactions = [...doc.interactions].sort(
    (a, b) => key(a) - key(b) || a.description.localeCompare(b.description),
  );
  return { ...doc, interactions };
}

/** The pact's text as written: two-space JSON and a final newline, so diffs stay line by line. */
export function serialise(doc: PactDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** What must not change between generations: parties and interactions; metadata (tool versions) excluded. */
export function comparableCore(doc: PactDocument): {
  consumer: string;
  provider: string;
  interactions: PactInteraction[];
} {
  return { consumer: doc.consumer.name, provider: doc.provider.name, interactions: doc.interactions };
}
