/**
 * `kpc pact publish`: the consumer pact to a Pact Broker through its publish endpoint
 * (POST /contracts/publish, broker ≥ 2.86), which records the consumer version, branch and
 * tags in one call. pact-core has no publisher, and the endpoint is small enough to call.
 */
import { request } from 'undici';
import { KpcError } from '../errors.js';
import { authorizationHeader } from './broker.js';
/** The publish request body for one pact (its text base64-encoded, as the endpoint wants). */
export function publishBody(doc, text, o) {
    return {
        pacticipantName: doc.consumer.name,
        pacticipantVersionNumber: o.consumerVersion,
        ...(o.branch ? { branch: o.branch } : {}),
        ...(o.tags && o.tags.length > 0 ? { tags: o.tags } : {}),
        ...(o.buildUrl ? { buildUrl: o.buildUrl } : {}),
        contracts: [
            {
                consumerName: doc.consumer.name,
                providerName: doc.provider.name,
                specification: 'pact',
                contentType: 'application/json',
                content: Buffer.from(text, 'utf8').toString('base64'),
            },
        ],
    };
}
/** Publishes; resolves with the broker's log lines, rejects with the broker's answer on failure. */
export async function publishPact(auth, doc, text, o) {
    const authorization = authorizationHeader(auth);
    const url = `${auth.baseUrl}/contracts/publish`;
    let r;
    try {
        r = await request(url, {
            method: 'POST',
            headers: {
                'content-type': 'application/json',
                accept: 'application/hal+json, application/json',
                ...(authorization ? { authorization } : {}),
            },
            body: JSON.stringify(publishBody(doc, text, o)),
        });
    }
    catch (e) {
        throw new KpcError('KPC_TARGET_UNREACHABLE', `cannot reach the Pact Broker at ${auth.baseUrl}: ${e.message}`, { cause: e });
    }
    const reply = await r.body.text();
    if (r.statusCode < 200 || r.statusCode >= 300)
        throw new KpcError('KPC_BAD_RESPONSE', `the Pact Broker answered ${r.statusCode} to POST ${url}: ${reply.slice(0, 500)}`);
    try {
        const logs = JSON.parse(reply).logs ?? [];
        return logs.map((l) => String(l.message ?? ''));
    }
    catch {
        return [];
    }
}
