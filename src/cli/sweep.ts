/**
 * `kpc sweep`: deletes what crashed runs may have left, as their ledger lists it, and
 * nothing else, with the same teardown a run uses (listed, deleted, listed again).
 */
import { join, resolve } from 'node:path';
import { createClient, credentialsFor, resolveTarget } from '../client/index.ts';
import { groupBy, Ledger, liveRecords, readLedger, Session, teardown, type TeardownResult } from '../engine/index.ts';
import { KpcError } from '../errors.ts';
import { defineCommand } from './command.ts';
import { EXIT } from './exit.ts';
import { noPositionals } from './flags.ts';

/** Parses 30s / 10m / 1h / 2d into milliseconds, or throws a usage error naming the flag. */
export function parseAge(s: string): number {
  const m = /^(\d+)(s|m|h|d)$/.exec(s);
  if (!m) throw new KpcError('KPC_USAGE', `--older-than must look like 30s, 10m, 1h or 2d (got "${s}")`);
  return Number(m[1]) * { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

/** `kpc sweep`. */
export const SWEEP = defineCommand({
  name: 'sweep',
  summary: "Deletes the key pairs a crashed run's ledger lists as possibly still there, and nothing else.",
  usage: '--target URL [--report-dir DIR] [--older-than AGE] [--dry-run]',
  flags: {
    target: { type: 'string', placeholder: 'URL', help: 'the endpoint the crashed run used (required)' },
    region: {
      type: 'string',
      placeholder: 'R',
      help: 'only key pairs in this region',
      default: 'every region in the ledger',
    },
    'report-dir': {
      type: 'string',
      placeholder: 'DIR',
      help: "the run's report directory holding ledger.jsonl",
      default: 'reports/latest',
    },
    'older-than': {
      type: 'string',
      placeholder: 'AGE',
      help: 'only key pairs the ledger saw before now minus AGE (30s, 10m, 1h, 2d)',
    },
    'dry-run': { type: 'boolean', help: 'list what would be deleted, delete nothing' },
  },
  exits: '0 nothing left, 1 something is still there or could not be checked, 2 usage or configuration error.',
  async run({ values: v, positionals }, io) {
    noPositionals('kpc sweep', positionals);
    if (!v.target) throw new KpcError('KPC_USAGE', '--target is required: the endpoint whose leftovers to remove');
    const ledgerPath = join(resolve(v['report-dir'] ?? 'reports/latest'), 'ledger.jsonl');
    const cutoff = v['older-than'] ? Date.now() - parseAge(v['older-than']) : Infinity;
    const live = liveRecords(readLedger(ledgerPath)).filter(
      (r) => Date.parse(r.firstSeen) <= cutoff && (!v.region || r.region === v.region),
    );
    if (live.length === 0) return (io.out(`nothing to sweep in ${ledgerPath}\n`), EXIT.ok);
    for (const r of live)
      io.out(`${v['dry-run'] ? 'would delete' : 'deleting'} ${r.region} ${r.name} (${r.state}, run ${r.token})\n`);
    if (v['dry-run']) return EXIT.ok;
    const target = resolveTarget({ url: v.target, region: live[0]!.region });
    const client = createClient({ target, credentials: credentialsFor(target.loopback, io.env) });
    try {
      const results: TeardownResult[] = [];
      for (const [token, records] of groupBy(live, (r) => r.token)) {
        const session = new Session({ client, ledger: new Ledger(ledgerPath, token), region: records[0]!.region });
        results.push(await teardown(session, {}, records));
      }
      const deleted = results.reduce((n, r) => n + r.deleted, 0);
      const left = results.flatMap((r) => r.leaked);
      const errors = results.flatMap((r) => r.errors);
      const failures = errors.length ? `; errors: ${errors.join('; ')}` : '';
      io.out(`swept: ${deleted} deleted, ${left.length} still present${failures}\n`);
      return left.length === 0 && errors.length === 0 ? EXIT.ok : EXIT.findings;
    } finally {
      await client.close();
    }
  },
});
