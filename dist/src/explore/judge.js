/**
 * Compares what a target answered with the model's verdict. Pure. An infrastructure answer
 * (throttled, a server fault, no usable answer) is inconclusive, never a finding, as in the
 * suite: answer.ts decides which answers those are.
 */
import { describeAnswer, isInfrastructure } from '../client/index.js';
function accepted(verdict, ex, a, success) {
    const actual = describeAnswer(a);
    if (a.kind !== 'accepted')
        return { kind: 'disagree', rules: verdict.rules, expected: '200 (the spec accepts it)', actual };
    const body = (ex.response?.body ?? {});
    if (body['KeyPairName'] !== success.name) {
        const got = `KeyPairName ${JSON.stringify(body['KeyPairName'])}`;
        return {
            kind: 'disagree',
            rules: ['IKP-RESP-NAME'],
            expected: `KeyPairName ${JSON.stringify(success.name)}`,
            actual: got,
        };
    }
    const fp = body['KeyPairFingerPrint'];
    if (success.fingerprint !== undefined && fp !== success.fingerprint) {
        const expected = `KeyPairFingerPrint ${success.fingerprint}`;
        return {
            kind: 'disagree',
            rules: ['IKP-FP-MD5', 'IKP-FP-FORMAT'],
            expected,
            actual: `KeyPairFingerPrint ${JSON.stringify(fp)}`,
        };
    }
    return { kind: 'agree' };
}
/** Judges one ImportKeyPair answer against the model's verdict. */
export function judgeImport(verdict, ex, a, success) {
    if (isInfrastructure(a))
        return { kind: 'inconclusive', reason: `target answered ${describeAnswer(a)}` };
    if (verdict.accept)
        return accepted(verdict, ex, a, success);
    const wanted = verdict.codes.length > 0 ? `${verdict.status ?? '4xx'} ${verdict.codes.join(' or ')}` : '4xx';
    const disagree = {
        kind: 'disagree',
        rules: [verdict.rule],
        expected: `${wanted} (${verdict.rule})`,
        actual: describeAnswer(a),
    };
    if (a.kind !== 'refused')
        return disagree;
    const codeOk = verdict.codes.length === 0 || verdict.codes.includes(a.code ?? '');
    const statusOk = verdict.status === undefined || verdict.codes.length === 0 || a.status === verdict.status;
    return codeOk && statusOk ? { kind: 'agree' } : disagree;
}
