import { join, resolve } from 'node:path';
import { KpcError } from '../errors.ts';
import { Ledger, liveRecords, readLedger } from '../runner/ledger.ts';
import { runClient } from '../runner/runtime.ts';
import { cleanup } from '../runner/teardown.ts';
import { resolveRunConfig } from '../runner/config.ts';
import { flagHelp, parseFlags, type FlagSpec } from './flags.ts';

/** The flags of `kpc sweep`. */
export const SWEEP_FLAGS = {
  target: { type: 'string', placeholder: 'URL', help: 'the endpoint the crashed run used (required)' },
  region: {
    type: 'string',
    placeholder: 'R',
    help: 'only key pairs in this region (default: every region in the ledger)',
  },
  'report-dir': {
    type: 'string',
    placeholder: 'DIR',
    help: "the run's report directory holding ledger.jsonl (default reports/latest)",
  },
  'older-than': {
    type: 'string',
    placeholder: 'AGE',
    help: 'only key pairs the ledger saw before now minus AGE (30s, 10m, 1h, 2d)',
  },
  'dry-run': { type: 'boolean', help: 'list what would be deleted, delete nothing' },
} satisfies Record<string, FlagSpec>;

/** Parses 30s / 10m / 1h / 2d into milliseconds, or throws a usage error naming the flag. */
export function parseAge(s: string): number {
  const m = /^(\d+)(s|m|h|d)$/.exec(s);
  if (!m) throw new KpcError('KPC_USAGE', `--older-than must look like 30s, 10m, 1h or 2d (got "${s}")`);
  return Number(m[1]) * { s: 1e3, m: 6e4, h: 3.6e6, d: 8.64e7 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

/** `kpc sweep`: deletes what the ledger says crashed runs may have left, and nothing else. */
export async function sweepCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`Usage: kpc sweep --target URL [options]\n\n${flagHelp(SWEEP_FLAGS)}\n`);
    return 0;
  }
  const { values: v } = parseFlags(argv, SWEEP_FLAGS);
  if (!v.target) throw new KpcError('KPC_USAGE', '--target is required: the endpoint whose leftovers to remove');
  const dir = resolve(v['report-dir'] ?? 'reports/latest');
  const ledgerPath = join(dir, 'ledger.jsonl');
  const cutoff = v['older-than'] ? Date.now() - parseAge(v['older-than']) : Infinity;
  const live = liveRecords(readLedger(ledgerPath)).filter(
    (r) => Date.parse(r.firstSeen) <= cutoff && (!v.region || r.region === v.region),
  );
  if (live.length === 0) {
    process.stdout.write(`nothing to sweep in ${ledgerPath}\n`);
    return 0;
  }
  for (const r of live)
    process.stdout.write(
      `${v['dry-run'] ? 'would delete' : 'deleting'} ${r.region} ${r.name} (${r.state}, run ${r.token})\n`,
    );
  if (v['dry-run']) return 0;
  const config = resolveRunConfig({ target: v.target, region: v.region ?? live[0]!.region });
  const client = runClient({
    config,
    targetUrl: v.target,
    token: '',
    ledgerPath,
    resultsPath: '',
    casesDir: '',
    capabilities: [],
    builtins: {},
  });
  try {
    const res = await cleanup(client, live, (region, name, token) =>
      new Ledger(ledgerPath, token).deleted(region, name),
    );
    process.stdout.write(
      `swept: ${res.deleted} deleted, ${res.leaked.length} still present${res.errors.length ? `; errors: ${res.errors.join('; ')}` : ''}\n`,
    );
    return res.leaked.length === 0 && res.errors.length === 0 ? 0 : 1;
  } finally {
    await client.close();
  }
}
