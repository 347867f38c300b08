/**
 * Compares what a target answered with the model's verdict. Pure. A throttled or failed
 * (5xx) answer is inconclusive, never a finding, as in the suite.
 */
import type { Exchange } from '../client/index.ts';
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

function codeOf(ex: Exchange): string | undefined {
  const c = (ex.response?.body as { Code?: unknown } | undefined)?.Code;
  return typeof c === 'string' ? c : undefined;
}

/** Status and code as one short string. */
export function outcomeOf(ex: Exchange): string {
  return ex.response === undefined ? 'no response' : `${ex.response.status}${codeOf(ex) ? ` ${codeOf(ex)}` : ''}`;
}

/** Judges one ImportKeyPair answer against the model's verdict. */
export function judgeImport(verdict: Verdict, ex: Exchange, success: SuccessChecks): Judgement {
  const status = ex.response?.status;
  if (status === undefined) return { kind: 'inconclusive', reason: 'no response' };
  if (status >= 500 || /Throttling/.test(codeOf(ex) ?? ''))
    return { kind: 'inconclusive', reason: `target answered ${outcomeOf(ex)}` };
  const actual = outcomeOf(ex);
  if (verdict.accept) {
    if (status !== 200)
      return { kind: 'disagree', rules: verdict.rules, expected: '200 (the spec accepts it)', actual };
    const body = (ex.response?.body ?? {}) as Record<string, unknown>;
    if (body['KeyPairName'] !== success.name)
      return {
        kind: 'disagree',
        rules: ['IKP-RESP-NAME'],
        expected: `KeyPairName ${JSON.stringify(success.name)}`,
        actual: `KeyPairName ${JSON.stringify(body['KeyPairName'])}`,
      };
    if (success.fingerprint !== undefined && body['KeyPairFingerPrint'] !== success.fingerprint) {
      return {
        kind: 'disagree',
        rules: ['IKP-FP-MD5', 'IKP-FP-FORMAT'],
        expected: `KeyPairFingerPrint ${success.fingerprint}`,
        actual: `KeyPairFingerPrint ${JSON.stringify(body['KeyPairFingerPrint'])}`,
      };
    }
    return { kind: 'agree' };
  }
  const wanted = verdict.codes.length > 0 ? `${verdict.status ?? '4xx'} ${verdict.codes.join(' or ')}` : '4xx';
  if (status < 400 || status >= 500)
    return { kind: 'disagree', rules: [verdict.rule], expected: `${wanted} (${verdict.rule})`, actual };
  if (
    verdict.codes.length > 0 &&
    (!verdict.codes.includes(codeOf(ex) ?? '') || (verdict.status !== undefined && status !== verdict.status))
  ) {
    return { kind: 'disagree', rules: [verdict.rule], expected: `${wanted} (${verdict.rule})`, actual };
  }
  return { kind: 'agree' };
}
