import { describe, expect, test } from 'vitest';
import { areaOf, summarise, type CpuProfile } from './profile.ts';

describe('areaOf', () => {
  test('names packages, our folders, node internals and V8 pseudo-frames', () => {
    expect(areaOf('file:///w/node_modules/yaml/dist/parse/lexer.js', 'parseNext')).toBe('yaml');
    expect(areaOf('file:///w/node_modules/@vitest/runner/dist/index.js', 'run')).toBe('@vitest/runner');
    expect(areaOf('file:///w/emulator/core/state.ts', 'recordNonce')).toBe('emulator');
    expect(areaOf('file:///w/src/sign/verify.ts', 'verify')).toBe('src/sign');
    expect(areaOf('node:internal/crypto/keygen', 'generateKeyPair')).toBe('node internals');
    expect(areaOf('', '(garbage collector)')).toBe('(garbage collector)');
  });
});

describe('summarise', () => {
  test('adds self time per function and area and leaves idle time out of the shares', () => {
    const p: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3, 4] },
        { id: 2, callFrame: { functionName: 'recordNonce', url: 'file:///w/emulator/core/state.ts', lineNumber: 84 } },
        { id: 3, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
        {
          id: 4,
          callFrame: { functionName: 'parseNext', url: 'file:///w/node_modules/yaml/dist/lexer.js', lineNumber: 9 },
        },
      ],
      startTime: 0,
      endTime: 10_000,
      samples: [2, 2, 3, 4, 2],
      timeDeltas: [1000, 1000, 5000, 1000, 1000],
    };
    const s = summarise(p);
    expect(s.busyMs).toBe(4);
    expect(s.areas[0]).toEqual({ name: 'emulator', ms: 3, share: 0.75 });
    expect(s.functions[0]!.name).toBe('recordNonce emulator/core/state.ts');
  });
});
