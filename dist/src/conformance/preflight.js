/**
 * One read before anything is written: is the target there, is it an ECS endpoint at all,
 * and does it accept our credentials? An endpoint that answers DescribeKeyPairs the way the
 * API does sends an API body with a RequestId, and either the list's fields or an error
 * with a Code. Anything else stops the run before a key pair is created, naming what came
 * back.
 */
import { classify, describeAnswer } from '../client/index.js';
import { KpcError } from '../errors.js';
/** Codes that mean the credentials or their permissions are wrong. */
const AUTH_CODES = new Set([
    'InvalidAccessKeyId.NotFound',
    'InvalidAccessKeyId.Inactive',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'Forbidden.RAM',
    'InvalidSecurityToken.Expired',
    'InvalidSecurityToken.Mismatch',
    'InvalidSecurityToken.Malformed',
]);
function field(body, name) {
    return typeof body === 'object' && body !== null ? body[name] : undefined;
}
/** True when a DescribeKeyPairs answer has the API's shape: a RequestId, and the list's fields or a Code. */
function looksLikeEcs(body) {
    if (typeof field(body, 'RequestId') !== 'string')
        return false;
    const list = typeof field(body, 'TotalCount') === 'number' && field(body, 'KeyPairs') !== undefined;
    return list || typeof field(body, 'Code') === 'string';
}
function whatCameBack(ex) {
    const r = ex.response;
    const head = r.text.slice(0, 80).replace(/\s+/g, ' ').trim();
    return `${r.status} ${r.headers['content-type'] ?? 'without a content type'}, body ${JSON.stringify(head)}`;
}
/** What is wrong with the preflight's answer, as the fault to raise; undefined when the run may go on. */
export function preflightProblem(ex, origin) {
    const a = classify(ex);
    if (a.kind === 'no-answer' && ex.response === undefined) {
        return new KpcError('KPC_TARGET_UNREACHABLE', `target ${origin} is unreachable: ${a.reason}`);
    }
    if (!looksLikeEcs(ex.response?.body)) {
        return new KpcError('KPC_BAD_RESPONSE', `target ${origin} is not an ECS endpoint: DescribeKeyPairs answered ${whatCameBack(ex)}`);
    }
    if ((a.kind === 'refused' || a.kind === 'server-fault') && a.code !== undefined && AUTH_CODES.has(a.code)) {
        const hint = 'Check ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET and the RAM policy';
        return new KpcError('KPC_CONFIG', `the target rejected the credentials: ${describeAnswer(a)}. ${hint}`);
    }
    if (a.kind === 'server-fault')
        return new KpcError('KPC_BAD_RESPONSE', `target ${origin} is failing: DescribeKeyPairs answered ${describeAnswer(a)}`);
    return undefined;
}
/** Sends the preflight read on the run's session and raises what is wrong with its answer. */
export async function preflight(session) {
    const params = { RegionId: session.places.region, PageSize: '1' };
    const { exchange } = await session.call('preflight', 'DescribeKeyPairs', params);
    const problem = preflightProblem(exchange, session.client.target.url.origin);
    if (problem)
        throw problem;
}
