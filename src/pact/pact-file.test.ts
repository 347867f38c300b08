import { describe, expect, test } from 'vitest';
import { comparableCore, ordered, serialise, type PactDocument } from './pact-file.ts';

const doc = (metadata: Record<string, unknown>, names: string[]): PactDocument => ({
  consumer: { name: 'c' },
  provider: { name: 'p' },
  interactions: names.map((description) => ({
    description,
    request: { method: 'POST', path: '/' },
    response: { status: 200 },
  })),
  metadata,
});

describe('pact files', () => {
  test('compare without metadata, so a new Pact version alone changes nothing', () => {
    expect(comparableCore(doc({ 'pact-js': { version: '16.5.0' } }, ['a']))).toEqual(
      comparableCore(doc({ 'pact-js': { version: '17.0.0' } }, ['a'])),
    );
    expect(comparableCore(doc({}, ['a']))).not.toEqual(comparableCore(doc({}, ['b'])));
  });

  test('put interactions in the contract order, unknown ones last', () => {
    expect(ordered(doc({}, ['z', 'b', 'a']), ['b', 'a']).interactions.map((i) => i.description)).toEqual([
      'b',
      'a',
      'z',
    ]);
  });

  test('serialise as indented JSON ending in a newline', () => {
    expect(serialise(doc({}, []))).toMatch(/^\{\n {2}"consumer"[\s\S]*\}\n$/);
  });
});
