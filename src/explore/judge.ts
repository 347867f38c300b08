/**
 * Compares what a target answered with the model's verdict. Pure. An infrastructure answer
 * (throttled, a server fault, no usable answer) is inconclusive, never a finding, as in the
 * suite: answer.ts decides which answers those are.
 */
import { describeAnswer, isInfrastructure, type Answer, type Exchange } from '../client/index.ts';
import type { Verdict } from './model.ts';

/** The outcome of comparing one answer with the model. */
export type Judgement =
  | { kind: 'agree' }
  | { kind: 'inconclusive'; reason: string }
  | { kind: 'disagree'; rules: string[]; expected: string; actual: string };

/** What else a positive answer must carry. */
export interface SuccessChecks {
  name: string;
  /** The documented (colon) MD5 fingerprint of the key, when the body is the point. */
  fingerprint?: string;
}

function accepted(
  verdict: Extract<Verdict, { accept: true }>,
  ex: Exchange,
  a: Answer,
  success: SuccessChecks,
): Judgement {
  const actual = describeAnswer(a);
  if (a.kind !== 'accepted')
    return { kind: 'disagree', rules: verdict.rules, expected: '200 (the spec accepts it)', actual };
  const body = (ex.response?.body ?? {}) as Record<string, unknown>;
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
export function judgeImport(verdict: Verdict, ex: Exchange, a: Answer, success: SuccessChecks): Judgement {
  if (isInfrastructure(a)) return { kind: 'inconclusive', reason: `target answered ${describeAnswer(a)}` };
  if (verdict.accept) return accepted(verdict, ex, a, success);
  const wanted = verdict.codes.length > 0 ? `${verdict.status ?? '4xx'} ${verdict.codes.join(' or ')}` : '4xx';
  const disagree: Judgement = {
    kind: 'disagree',
    rules: [verdict.rule],
    expected: `${wanted} (${verdict.rule})`,
    actual: describeAnswer(a),
  };
  if (a.kind !== 'refused') return disagree;
  const codeOk = verdict.codes.length === 0 || verdict.codes.includes(a.code ?? '');
  const statusOk = verdict.status === undefined || verdict.codes.length === 0 || a.status === verdict.status;
  return codeOk && statusOk ? { kind: 'agree' } : disagree;
}
