import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The ledger of resources: every key pair a run may create is written down BEFORE the
 * request is sent, and its outcome after. Teardown and `kpc sweep` work only from it, so
 * a run never touches a key pair it did not create, and a crash loses nothing: the
 * intent line is already on disk. Appends of one short line are atomic on POSIX.
 */

/** One line of ledger.jsonl. */
export type LedgerLine =
  | { t: 'intent'; token: string; region: string; name: string; caseId: string; at: string }
  | { t: 'outcome'; token: string; region: string; name: string; created: boolean | 'unknown'; at: string }
  | { t: 'deleted'; token: string; region: string; name: string; at: string };

/** What the ledger knows of one key pair. */
export interface LedgerRecord {
  token: string;
  region: string;
  name: string;
  caseId: string;
  firstSeen: string;
  state: 'pending' | 'created' | 'not-created' | 'unknown' | 'deleted';
}

/** Appends ledger lines for one run. */
export class Ledger {
  readonly path: string;
  readonly token: string;
  constructor(path: string, token: string) {
    this.path = path;
    this.token = token;
    mkdirSync(dirname(path), { recursive: true });
  }
  private write(line: LedgerLine): void {
    appendFileSync(this.path, `${JSON.stringify(line)}\n`);
  }
  /** Records that `name` is about to be imported into `region`. */
  intent(region: string, name: string, caseId: string): void {
    this.write({ t: 'intent', token: this.token, region, name, caseId, at: new Date().toISOString() });
  }
  /** Records how the import ended: created, not created, or unknown (a lost response). */
  outcome(region: string, name: string, created: boolean | 'unknown'): void {
    this.write({ t: 'outcome', token: this.token, region, name, created, at: new Date().toISOString() });
  }
  /** Records that `name` was deleted (by a case step or by teardown). */
  deleted(region: string, name: string): void {
    this.write({ t: 'deleted', token: this.token, region, name, at: new Date().toISOString() });
  }
}

/** Reads a ledger file into one record per (region, name), latest state last; tolerates a torn last line. */
export function readLedger(path: string): LedgerRecord[] {
  if (!existsSync(path)) return [];
  const records = new Map<string, LedgerRecord>();
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    let line: LedgerLine;
    try {
      line = JSON.parse(raw) as LedgerLine;
    } catch {
      continue; // a line torn by a crash mid-write carries no acknowledged state
    }
    const key = `${line.region}\u0000${line.name}`;
    const rec = records.get(key);
    if (line.t === 'intent') {
      // A new attempt after a deletion or a refusal may create the key pair again.
      if (!rec || rec.state === 'deleted' || rec.state === 'not-created') {
        records.set(key, {
          token: line.token,
          region: line.region,
          name: line.name,
          caseId: line.caseId,
          firstSeen: rec?.firstSeen ?? line.at,
          state: 'pending',
        });
      }
    } else if (rec) {
      if (line.t === 'outcome') {
        // A later failure never hides an earlier success under the same name.
        if (rec.state !== 'created')
          rec.state = line.created === true ? 'created' : line.created === false ? 'not-created' : 'unknown';
      } else rec.state = 'deleted';
    }
  }
  return [...records.values()];
}

/** Records that may still exist on the target: created, or with an outcome never learned. */
export function liveRecords(records: readonly LedgerRecord[]): LedgerRecord[] {
  return records.filter((r) => r.state === 'created' || r.state === 'unknown' || r.state === 'pending');
}
