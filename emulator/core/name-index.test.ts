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

describe('name index over many lists', () => {
  test('old lists answer as a scan, and the newest still grow from where they were', () => {
    const states: EmulatorState[] = [emptyState()];
    for (let i = 0; i < 700; i++) states.push(addKeyPair(states.at(-1)!, `r${i % 3}`, record(`k${i}`)));
    for (const at of [0, 1, 5, 100, 350, 699, 700])
      for (const probe of ['k0', 'k4', 'k99', 'k350', 'k698', 'k699', 'nope'])
        for (const region of ['r0', 'r1', 'r2']) {
          const list = regionOf(states[at]!, region).keyPairs;
          expect(hasNameKey(list, identity, probe)).toBe(list.some((k) => k.name === probe));
        }
    // The newest lists go on from where they were, whatever was looked up meanwhile.
    const last = addKeyPair(states[700]!, 'r0', record('fresh'));
    expect(hasNameKey(regionOf(last, 'r0').keyPairs, identity, 'fresh')).toBe(true);
    expect(hasNameKey(regionOf(last, 'r0').keyPairs, identity, 'k1')).toBe(false);
  });
});
