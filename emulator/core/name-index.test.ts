import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hasNameKey } from './name-index.ts';
import { addKeyPair, emptyState, regionOf, removeKeyPairs } from './state.ts';
import type { EmulatorState, KeyPairRecord } from './types.ts';

const record = (name: string): KeyPairRecord => ({
  name,
  fingerprint: 'fp',
  publicKey: 'pk',
  creationTime: '2026-01-01T00:00Z',
  resourceGroupId: '',
  tags: [],
});
const identity = (n: string): string => n;
const lower = (n: string): string => n.toLowerCase();
const scan = (s: EmulatorState, key: (n: string) => string, wanted: string): boolean =>
  regionOf(s, 'r').keyPairs.some((k) => key(k.name) === wanted);

describe('name index', () => {
  test('answers as a scan of the list would, through imports, deletions and older states', () => {
    const name = fc.constantFrom('a', 'A', 'b', 'B', 'c', 'key', 'Key', 'x1', 'x2');
    const op = fc.oneof(
      fc.record({ add: name }),
      fc.record({ remove: name }),
      fc.record({ back: fc.nat(20) }), // go on from an older state, as a branching caller may
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.array(name, { minLength: 1 }), (ops, probes) => {
        const history: EmulatorState[] = [emptyState()];
        let s = history[0]!;
        for (const o of ops) {
          if ('add' in o) s = addKeyPair(s, 'r', record(o.add));
          else if ('remove' in o) s = removeKeyPairs(s, 'r', (k) => k.name === o.remove);
          else s = history[Math.max(0, history.length - 1 - o.back)]!;
          history.push(s);
          for (const p of probes)
            for (const key of [identity, lower])
              expect(hasNameKey(regionOf(s, 'r').keyPairs, key, key(p))).toBe(scan(s, key, key(p)));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
