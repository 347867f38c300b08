import { afterAll, expect, test } from 'vitest';
import { createRuntime } from '../src/runner/runtime.ts';
import { planFromEnv } from '../src/runner/plan.ts';
import { formatFailure } from '../src/runner/format.ts';
import type { LoadedCase } from '../src/cases/load.ts';
import { META_KEY } from '../src/report/vitest-bridge.ts';

// The conformance suite as vitest tests: one test per YAML case, so vitest's reporters
// and name filters work. Run it with `kpc run`, which plans the run and provides a target.
const runtime = createRuntime(planFromEnv());
afterAll(() => runtime.close());

const shared = runtime.cases.filter((c) => !c.exclusive);
const exclusive = runtime.cases.filter((c) => c.exclusive);

async function judge(c: LoadedCase, meta: Record<string, unknown>, skip: (note: string) => void): Promise<void> {
  const r = await runtime.run(c);
  meta[META_KEY] = r; // forwarded to the run's reporters in the main process
  if (r.status === 'skipped') skip(r.reason ?? 'skipped');
  if (r.status === 'inconclusive') skip(`inconclusive: ${r.reason ?? ''}`);
  expect(r.status === 'failed' ? formatFailure(r) : 'ok').toBe('ok');
}

// Concurrent cases first, bounded by maxConcurrency; exclusive ones (the quota) after
// them, one at a time, so no other case ever meets a full region.
test.concurrent.for(shared)('$id', async (c, ctx) =>
  judge(c, ctx.task.meta as Record<string, unknown>, (n) => ctx.skip(n)),
);
test.for(exclusive)('$id', async (c, ctx) => judge(c, ctx.task.meta as Record<string, unknown>, (n) => ctx.skip(n)));
