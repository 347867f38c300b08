import { resolve } from 'node:path';
import { DEFAULT_SUITES_DIR } from '../cases/load.js';
import { parseShard } from '../cases/select.js';
import { DEFAULT_CASE_RETRIES } from '../engine/index.js';
import { KpcError } from '../errors.js';
/** Typed identity for config files. */
export function defineConfig(c) {
    return c;
}
/** Fills in defaults and validates; every error names the option. */
export function resolveRunConfig(u, cwd = process.cwd()) {
    const concurrency = u.concurrency ?? 8;
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)
        throw new KpcError('KPC_USAGE', `--concurrency must be an integer from 1 to 256 (got ${u.concurrency})`);
    const timeoutMs = u.timeoutMs ?? 30_000;
    if (!Number.isFinite(timeoutMs) || timeoutMs < 100)
        throw new KpcError('KPC_USAGE', `--timeout must be at least 100 ms (got ${u.timeoutMs})`);
    const signature = u.signature ?? 'v3';
    if (signature !== 'v3' && signature !== 'v1')
        throw new KpcError('KPC_USAGE', `--signature must be v3 or v1 (got "${String(signature)}")`);
    const region = u.region ?? 'cn-hangzhou';
    const secondRegion = u.secondRegion ?? 'cn-shanghai';
    if (secondRegion === region)
        throw new KpcError('KPC_USAGE', `--second-region must differ from --region (both are ${region})`);
    return {
        target: u.target,
        region,
        secondRegion,
        resourceGroup: u.resourceGroup,
        quotaTest: u.quotaTest,
        signature,
        concurrency,
        reportDir: resolve(cwd, u.reportDir ?? 'reports/latest'),
        only: u.only,
        shard: u.shard === undefined ? undefined : parseShard(u.shard),
        timeoutMs,
        checks: u.checks,
        casesDir: u.cases === undefined ? DEFAULT_SUITES_DIR : resolve(cwd, u.cases),
        caseRetries: checkedRetries(u.caseRetries),
        adaptive: u.adaptive ?? true,
    };
}
function checkedRetries(n) {
    const retries = n ?? DEFAULT_CASE_RETRIES;
    if (!Number.isInteger(retries) || retries < 0 || retries > 10) {
        throw new KpcError('KPC_USAGE', `--case-retries must be a whole number from 0 to 10 (got ${n})`);
    }
    return retries;
}
