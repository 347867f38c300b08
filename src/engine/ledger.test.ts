import { mkdtempSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Ledger, liveRecords, readLedger } from './ledger.ts';

const fresh = (): Ledger =>
  new Ledger(join(mkdtempSync(join(tmpdir(), 'kpc-ledger-')), 'ledger.jsonl'), 'kpcaaaaaaaaaa');

describe('ledger', () => {
  test('an intent without an outcome stays live (a crash before the response)', () => {
    const l = fresh();
    l.intent('r1', 'n1', 'c');
    expect(liveRecords(readLedger(l.path!)).map((r) => r.state)).toEqual(['pending']);
  });
  test('created, refused, unknown and deleted are tracked per region and name', () => {
    const l = fresh();
    l.intent('r1', 'a', 'c');
    l.outcome('r1', 'a', 'created');
    l.intent('r1', 'b', 'c');
    l.outcome('r1', 'b', 'not-created');
    l.intent('r1', 'c', 'c');
    l.outcome('r1', 'c', 'unknown');
    l.intent('r2', 'a', 'c');
    l.outcome('r2', 'a', 'created');
    l.deleted('r2', 'a');
    const live = liveRecords(readLedger(l.path!)).map((r) => `${r.region}/${r.name}/${r.state}`);
    expect(live).toEqual(['r1/a/created', 'r1/c/unknown']);
  });
  test('a refused duplicate never hides the earlier success under that name', () => {
    const l = fresh();
    l.intent('r', 'n', 'c');
    l.outcome('r', 'n', 'created');
    l.intent('r', 'n', 'c');
    l.outcome('r', 'n', 'not-created');
    expect(readLedger(l.path!)[0]?.state).toBe('created');
  });
  test('of many concurrent imports of one name, a lost answer is not hidden by the refusals after it', () => {
    const l = fresh();
    for (let i = 0; i < 4; i++) l.intent('r', 'n', 'c');
    l.outcome('r', 'n', 'unknown');
    for (let i = 0; i < 3; i++) l.outcome('r', 'n', 'not-created');
    expect(readLedger(l.path!)[0]?.state).toBe('unknown');
    expect(l.records()[0]?.state).toBe('unknown');
  });
  test('a name deleted and imported again is live again', () => {
    const l = fresh();
    l.intent('r', 'n', 'c');
    l.outcome('r', 'n', 'created');
    l.deleted('r', 'n');
    l.intent('r', 'n', 'c');
    l.outcome('r', 'n', 'created');
    expect(liveRecords(readLedger(l.path!))).toHaveLength(1);
  });
  test('a torn last line (crash mid-write) is ignored, earlier lines are kept', () => {
    const l = fresh();
    l.intent('r', 'n', 'c');
    appendFileSync(l.path!, '{"t":"outcome","tok');
    expect(readLedger(l.path!)).toHaveLength(1);
  });
});

describe('the ledger in memory', () => {
  test('holds the same records as its file, and a memory-only ledger writes nothing', () => {
    const l = fresh();
    l.intent('r', 'a', 'c');
    l.outcome('r', 'a', 'created');
    l.intent('r', 'b', 'c');
    l.outcome('r', 'b', 'unknown');
    expect(l.records()).toEqual(readLedger(l.path!));
    expect(l.holds('r', 'a')).toBe(true);
    const m = new Ledger(undefined, 'kpcbbbbbbbbbb');
    m.intent('r', 'a', 'c');
    expect(m.path).toBeUndefined();
    expect(m.holds('r', 'a')).toBe(true);
  });

  test('reads the outcome lines of version 0.1 ledgers (booleans)', () => {
    const l = fresh();
    l.intent('r', 'a', 'c');
    appendFileSync(
      l.path!,
      `${JSON.stringify({ t: 'outcome', token: l.token, region: 'r', name: 'a', created: true, at: '' })}\n`,
    );
    expect(readLedger(l.path!)[0]?.state).toBe('created');
  });
});
