/**
 * Exploration: each property runs `runs` fast-check runs from one seed; a counterexample is
 * shrunk, tried once more (a finding must reproduce), and written back as a found case.
 * Results are findings as values, never exceptions; each property also becomes a
 * CaseResult so a run's report lists it beside the cases.
 */
import fc from 'fast-check';
import { errorCode } from '../client/index.js';
import { BODY_RULES, NAME_RULES, SEQUENCE_RULES, TAG_RULES } from './model.js';
import { bodyCase, foundFile, foundStem, nameCase, sequenceCase, tagsCase, writeFoundFile } from './found-case.js';
import { commandsArbitrary, runSequence } from './stateful.js';
import { BODY_PROPERTY, NAME_PROPERTY, TAG_PROPERTY } from './stateless.js';
/** Runs per property when no budget is given. */
export const DEFAULT_EXPLORE_RUNS = 100;
/** Shrinking stops after this many steps (each one is a request). */
export const MAX_SHRINKS = 300;
/** The properties, in the order they run. */
export const PROPERTIES = ['name-rules', 'tag-rules', 'body-rules', 'import-describe-delete'];
/** A fresh random seed (32-bit, as fast-check takes). */
export function randomSeed() {
    return (Math.random() * 2 ** 31) | 0;
}
function seenOf(t) {
    return t.judgement.kind === 'disagree' ? t.judgement.actual : 'as the spec says';
}
function caseFor(ctx, p, stem, input, t) {
    if (p === 'name-rules')
        return nameCase(ctx.spec, stem, input, t.params.KeyPairName ?? '', t.verdict, seenOf(t));
    if (p === 'tag-rules')
        return tagsCase(ctx.spec, stem, input, t.verdict, seenOf(t));
    return bodyCase(ctx.spec, stem, input, t.params.PublicKeyBody ?? '', t.verdict, seenOf(t));
}
async function runStateless(ctx, prop, runs, seed, out) {
    const details = await fc.check(fc.asyncProperty(fc.limitShrink(prop.arbitrary, MAX_SHRINKS), async (input) => {
        const t = await prop.trial(ctx, input);
        if (t.judgement.kind === 'inconclusive')
            out.inconclusive++;
        return t.judgement.kind !== 'disagree';
    }), { numRuns: runs, seed });
    if (!details.failed)
        return undefined;
    if (details.counterexample === null)
        throw details.errorInstance ?? new Error(`${prop.name}: fast-check failed without a counterexample`);
    const input = details.counterexample[0];
    const t = await prop.trial(ctx, input); // a finding must reproduce before it is kept
    if (t.judgement.kind !== 'disagree') {
        out.reason = `a counterexample did not reproduce (${fc.stringify(input)}): the target may be nondeterministic`;
        return undefined;
    }
    const stem = foundStem(t.verdict.accept ? `${prop.name.split('-')[0]}-valid` : t.verdict.rule, seed);
    return {
        property: prop.name,
        stem,
        rules: t.judgement.rules,
        seed,
        expected: t.judgement.expected,
        actual: t.judgement.actual,
        request: { action: 'ImportKeyPair', params: t.params },
        response: { status: t.exchange?.response?.status, body: t.exchange?.response?.body },
        counterexample: fc.stringify(input),
        shrinks: details.numShrinks,
        foundCase: caseFor(ctx, prop.name, stem, input, t),
    };
}
async function runStateful(ctx, runs, seed, out) {
    const regions = ctx.session.places.secondRegion === undefined ? 1 : 2;
    let sequence = 0;
    const prefix = () => `s${(sequence++).toString(36)}x`;
    const details = await fc.check(fc.asyncProperty(fc.limitShrink(commandsArbitrary(regions), MAX_SHRINKS), async (cmds) => {
        const o = await runSequence(ctx, cmds, prefix());
        if (o.tainted)
            out.inconclusive++;
        return o.divergence === undefined;
    }), { numRuns: runs, seed });
    if (!details.failed)
        return undefined;
    if (details.counterexample === null)
        throw details.errorInstance ?? new Error('import-describe-delete: fast-check failed without a counterexample');
    const cmds = details.counterexample[0];
    const o = await runSequence(ctx, cmds, prefix());
    const d = o.divergence;
    if (d === undefined) {
        out.reason = `a counterexample did not reproduce (${fc.stringify(cmds)}): the target may be nondeterministic`;
        return undefined;
    }
    const stem = foundStem('import-describe-delete', seed);
    return {
        property: 'import-describe-delete',
        stem,
        rules: [d.rule],
        seed,
        expected: d.expected,
        actual: d.actual,
        request: d.request,
        response: d.response,
        counterexample: [...cmds].map(String).join('; '),
        shrinks: details.numShrinks,
        foundCase: sequenceCase(stem, seed, o.trace, d.actual),
    };
}
const STATELESS = {
    'name-rules': NAME_PROPERTY,
    'tag-rules': TAG_PROPERTY,
    'body-rules': BODY_PROPERTY,
};
/** Runs the properties on the session's target, judged by `spec`. */
export async function explore(session, spec, options = {}) {
    const runs = options.runs ?? DEFAULT_EXPLORE_RUNS;
    const seed = options.seed ?? randomSeed();
    const properties = [];
    for (const property of options.properties ?? PROPERTIES) {
        const ctx = { session, spec, requests: { n: 0 } };
        const started = performance.now();
        const out = { property, status: 'passed', runs, inconclusive: 0, requests: 0, durationMs: 0 };
        try {
            const finding = property === 'import-describe-delete'
                ? await runStateful(ctx, runs, seed, out)
                : await runStateless(ctx, STATELESS[property], runs, seed, out);
            if (finding) {
                out.status = 'failed';
                if (options.foundDir !== undefined)
                    finding.file = writeFoundFile(options.foundDir, finding.stem, foundFile(finding.foundCase, property, seed));
                out.finding = finding;
            }
            else if (out.reason !== undefined || out.inconclusive > runs / 10) {
                out.status = 'inconclusive';
                out.reason ??= `${out.inconclusive} of ${runs} runs met target errors`;
            }
        }
        catch (e) {
            out.status = 'inconclusive';
            out.reason = `exploration stopped: ${e.message}`;
        }
        out.requests = ctx.requests.n;
        out.durationMs = performance.now() - started;
        properties.push(out);
    }
    return { seed, runs, properties };
}
const SCENARIO = {
    'name-rules': 'forbidden-character',
    'tag-rules': 'tag-count',
    'body-rules': 'malformed-key',
    'import-describe-delete': 'persistence',
};
const RULES = {
    'name-rules': NAME_RULES,
    'tag-rules': TAG_RULES,
    'body-rules': BODY_RULES,
    'import-describe-delete': SEQUENCE_RULES,
};
/** Each property as a CaseResult, for report.json. */
export function exploreCaseResults(r) {
    return r.properties.map((p) => {
        const f = p.finding;
        const steps = f
            ? [
                {
                    request: f.request,
                    response: {
                        status: f.response.status ?? 0,
                        code: errorCode(f.response.body),
                        body: f.response.body,
                    },
                    expected: f.expected,
                    mismatches: f.rules.map((rule) => ({
                        path: `explore:${p.property}`,
                        expected: f.expected,
                        actual: f.actual,
                        rule,
                    })),
                    durationMs: 0,
                    observations: {
                        counterexample: f.counterexample,
                        seed: f.seed,
                        shrinks: f.shrinks,
                        ...(f.file ? { foundCase: f.file } : {}),
                    },
                },
            ]
            : [];
        const result = {
            id: `explore/${p.property}`,
            title: `exploration of ${p.property}: ${p.runs} runs from seed ${r.seed}`,
            file: f?.file ?? '(exploration)',
            rules: [...RULES[p.property]],
            evidence: 'documented',
            polarity: 'negative',
            scenario: SCENARIO[p.property],
            errorRow: undefined,
            status: p.status,
            brokenRules: f ? f.rules : [],
            steps,
            durationMs: p.durationMs,
            attempt: 1,
            requests: p.requests,
        };
        if (p.reason !== undefined)
            result.reason = p.reason;
        return result;
    });
}
