import type { Report } from '../report/types.ts';
/** A report stamped as a baseline, `recordedAt` right after the identity fields so it reads first. */
export declare function asBaseline(r: Report, at: Date): Report;
/** `kpc record`. */
export declare const RECORD: import("./command.ts").Command<{
    target: {
        readonly type: 'string';
        readonly placeholder: 'URL';
        readonly help: 'target endpoint';
        readonly default: 'the embedded emulator on a loopback port';
    };
    region: {
        readonly type: 'string';
        readonly placeholder: 'R';
        readonly help: 'primary region';
        readonly default: 'cn-hangzhou';
    };
    'second-region': {
        readonly type: 'string';
        readonly placeholder: 'R';
        readonly help: 'second region for per-region cases';
        readonly default: 'cn-shanghai';
    };
    'resource-group': {
        readonly type: 'string';
        readonly placeholder: 'ID';
        readonly help: 'an existing resource group; enables the positive resource-group cases';
    };
    'quota-test': {
        readonly type: 'boolean';
        readonly help: 'run the quota scenario (fills a region to 500)';
        readonly default: 'on for loopback targets';
    };
    signature: {
        readonly type: 'string';
        readonly placeholder: 'v3|v1';
        readonly help: 'signature version';
        readonly default: 'v3, like the official SDK';
    };
    concurrency: {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'cases in flight at once';
        readonly default: '8';
    };
    'report-dir': {
        readonly type: 'string';
        readonly placeholder: 'DIR';
        readonly help: 'where report.json and ledger.jsonl go';
        readonly default: 'reports/latest';
    };
    cases: {
        readonly type: 'string';
        readonly placeholder: 'DIR';
        readonly help: 'case files to run';
        readonly default: 'the shipped suites/';
    };
    only: {
        readonly type: 'string';
        readonly placeholder: 'GLOB';
        readonly help: 'run only cases whose id matches, e.g. "ikp-name-*"';
    };
    shard: {
        readonly type: 'string';
        readonly placeholder: 'i/n';
        readonly help: 'run the i-th of n shards (the quota scenario is in shard 1)';
    };
    timeout: {
        readonly type: 'string';
        readonly placeholder: 'MS';
        readonly help: 'per-request timeout';
        readonly default: '30000';
    };
    'case-retries': {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'runs again of a case that met an infrastructure fault';
        readonly default: '2';
    };
    reporter: {
        readonly type: 'string';
        readonly multiple: true;
        readonly placeholder: 'NAME';
        readonly help: `reporters, repeatable (${string}; json always)`;
        readonly default: string;
    };
    verbose: {
        readonly type: 'boolean';
        readonly help: 'one line per finished case instead of the progress line';
    };
    explore: {
        readonly type: 'string';
        readonly placeholder: 'N';
        readonly help: 'also explore with N property runs each (names, tags, bodies, import/describe/delete)';
    };
    seed: {
        readonly type: 'string';
        readonly placeholder: 'S';
        readonly help: 'exploration seed';
        readonly default: 'random, printed';
    };
    'found-dir': {
        readonly type: 'string';
        readonly placeholder: 'DIR';
        readonly help: 'where exploration writes found cases';
        readonly default: 'suites/found';
    };
    out: {
        type: "string";
        placeholder: string;
        help: string;
    };
}>;
