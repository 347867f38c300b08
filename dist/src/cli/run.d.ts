/**
 * `kpc run`: the suite against a target (the embedded emulator unless one is named), through
 * the engine in this process, with reporters listening, then the verdict and the exit code.
 * Ctrl-C stops the cases, tears down all the same, and exits 130.
 */
import { type UserRunConfig } from '../conformance/index.ts';
import type { Report } from '../report/types.ts';
import { type Io } from './command.ts';
import { type FlagValues } from './flags.ts';
/** The flags of `kpc run` (and of `kpc record`). */
export declare const RUN_FLAGS: {
    readonly target: {
        readonly type: 'string';
        readonly placeholder: 'URL';
        readonly help: 'target endpoint';
        readonly default: 'the embedded emulator on a loopback port';
    };
    readonly region: {
        readonly type: 'string';
        readonly placeholder: 'R';
        readonly help: 'primary region';
        readonly default: 'cn-hangzhou';
    };
    readonly 'second-region': {
        readonly type: 'string';
        readonly placeholder: 'R';
        readonly help: 'second region for per-region cases';
        readonly default: 'cn-shanghai';
    };
    readonly 'resource-group': {
        readonly type: 'string';
        readonly placeholder: 'ID';
        readonly help: 'an existing resource group; enables the positive resource-group cases';
    };
    readonly 'quota-test': {
        readonly type: 'boolean';
        readonly help: 'run the quota scenario (fills a region to 500)';
        readonly default: 'on for loopback targets';
    };
    readonly signature: {
        readonly type: 'string';
        readonly placeholder: 'v3|v1';
        readonly help: 'signature version';
        readonly default: 'v3, like the official SDK';
    };
    readonly concurrency: {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'cases in flight at once';
        readonly default: '8';
    };
    readonly 'report-dir': {
        readonly type: 'string';
        readonly placeholder: 'DIR';
        readonly help: 'where report.json and ledger.jsonl go';
        readonly default: 'reports/latest';
    };
    readonly cases: {
        readonly type: 'string';
        readonly placeholder: 'DIR';
        readonly help: 'case files to run';
        readonly default: 'the shipped suites/';
    };
    readonly only: {
        readonly type: 'string';
        readonly placeholder: 'GLOB';
        readonly help: 'run only cases whose id matches, e.g. "ikp-name-*"';
    };
    readonly shard: {
        readonly type: 'string';
        readonly placeholder: 'i/n';
        readonly help: 'run the i-th of n shards (the quota scenario is in shard 1)';
    };
    readonly timeout: {
        readonly type: 'string';
        readonly placeholder: 'MS';
        readonly help: 'per-request timeout';
        readonly default: '30000';
    };
    readonly 'case-retries': {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'runs again of a case that met an infrastructure fault';
        readonly default: '2';
    };
    readonly baseline: {
        readonly type: 'string';
        readonly placeholder: 'FILE';
        readonly help: 'also judge parity with a recorded baseline (kpc record); a drift exits 1';
    };
    readonly reporter: {
        readonly type: 'string';
        readonly multiple: true;
        readonly placeholder: 'NAME';
        readonly help: `reporters, repeatable (${string}; json always)`;
        readonly default: string;
    };
    readonly verbose: {
        readonly type: 'boolean';
        readonly help: 'one line per finished case instead of the progress line';
    };
    readonly explore: {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'also explore with N property runs each (names, tags, bodies, import/describe/delete)';
    };
    readonly seed: {
        readonly type: 'string';
        readonly placeholder: 'S';
        readonly help: 'exploration seed';
        readonly default: 'random, printed';
    };
    readonly 'found-dir': {
        readonly type: 'string';
        readonly placeholder: 'DIR';
        readonly help: 'where exploration writes found cases';
        readonly default: 'suites/found';
    };
};
/** The run configuration the flags ask for. */
export declare function configFromFlags(v: FlagValues<typeof RUN_FLAGS>): UserRunConfig;
/** The verdict, the counts and the hints, as the terminal shows them. */
export declare function summaryText(r: Report, reportDir: string, interrupted: boolean): string;
/** The exit code of a finished run. */
export declare function exitOf(r: Report, interrupted: boolean): number;
/** Runs the suite as the flags say; resolves with the report (for kpc record) and the exit code. */
export declare function runFromFlags(v: FlagValues<typeof RUN_FLAGS>, io: Io): Promise<{
    report: Report;
    code: number;
}>;
/** `kpc run`. */
export declare const RUN: import("./command.ts").Command<{
    readonly target: {
        readonly type: 'string';
        readonly placeholder: 'URL';
        readonly help: 'target endpoint';
        readonly default: 'the embedded emulator on a loopback port';
    };
    readonly region: {
        readonly type: 'string';
        readonly placeholder: 'R';
        readonly help: 'primary region';
        readonly default: 'cn-hangzhou';
    };
    readonly 'second-region': {
        readonly type: 'string';
        readonly placeholder: 'R';
        readonly help: 'second region for per-region cases';
        readonly default: 'cn-shanghai';
    };
    readonly 'resource-group': {
        readonly type: 'string';
        readonly placeholder: 'ID';
        readonly help: 'an existing resource group; enables the positive resource-group cases';
    };
    readonly 'quota-test': {
        readonly type: 'boolean';
        readonly help: 'run the quota scenario (fills a region to 500)';
        readonly default: 'on for loopback targets';
    };
    readonly signature: {
        readonly type: 'string';
        readonly placeholder: 'v3|v1';
        readonly help: 'signature version';
        readonly default: 'v3, like the official SDK';
    };
    readonly concurrency: {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'cases in flight at once';
        readonly default: '8';
    };
    readonly 'report-dir': {
        readonly type: 'string';
        readonly placeholder: 'DIR';
        readonly help: 'where report.json and ledger.jsonl go';
        readonly default: 'reports/latest';
    };
    readonly cases: {
        readonly type: 'string';
        readonly placeholder: 'DIR';
        readonly help: 'case files to run';
        readonly default: 'the shipped suites/';
    };
    readonly only: {
        readonly type: 'string';
        readonly placeholder: 'GLOB';
        readonly help: 'run only cases whose id matches, e.g. "ikp-name-*"';
    };
    readonly shard: {
        readonly type: 'string';
        readonly placeholder: 'i/n';
        readonly help: 'run the i-th of n shards (the quota scenario is in shard 1)';
    };
    readonly timeout: {
        readonly type: 'string';
        readonly placeholder: 'MS';
        readonly help: 'per-request timeout';
        readonly default: '30000';
    };
    readonly 'case-retries': {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'runs again of a case that met an infrastructure fault';
        readonly default: '2';
    };
    readonly baseline: {
        readonly type: 'string';
        readonly placeholder: 'FILE';
        readonly help: 'also judge parity with a recorded baseline (kpc record); a drift exits 1';
    };
    readonly reporter: {
        readonly type: 'string';
        readonly multiple: true;
        readonly placeholder: 'NAME';
        readonly help: `reporters, repeatable (${string}; json always)`;
        readonly default: string;
    };
    readonly verbose: {
        readonly type: 'boolean';
        readonly help: 'one line per finished case instead of the progress line';
    };
    readonly explore: {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'also explore with N property runs each (names, tags, bodies, import/describe/delete)';
    };
    readonly seed: {
        readonly type: 'string';
        readonly placeholder: 'S';
        readonly help: 'exploration seed';
        readonly default: 'random, printed';
    };
    readonly 'found-dir': {
        readonly type: 'string';
        readonly placeholder: 'DIR';
        readonly help: 'where exploration writes found cases';
        readonly default: 'suites/found';
    };
}>;
