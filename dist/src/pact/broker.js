/**
 * Pact Broker settings from the usual environment variables (PACT_BROKER_BASE_URL,
 * PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PASSWORD), for publishing verification results
 * through the Verifier and the consumer pact through the broker's publish endpoint.
 */
import { KpcError } from '../errors.js';
import { PROVIDER } from './contract.js';
const nonEmpty = (v) => (v === undefined || v.trim() === '' ? undefined : v);
/** Reads the broker settings; a missing base URL or half a basic-auth pair is a usage error. */
export function brokerAuthFromEnv(env, flag) {
    const baseUrl = nonEmpty(env['PACT_BROKER_BASE_URL']);
    if (baseUrl === undefined)
        throw new KpcError('KPC_USAGE', `${flag} needs PACT_BROKER_BASE_URL (and PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD)`);
    try {
        const u = new URL(baseUrl);
        if (u.protocol !== 'http:' && u.protocol !== 'https:')
            throw new Error('not http(s)');
    }
    catch {
        throw new KpcError('KPC_USAGE', 'PACT_BROKER_BASE_URL is not an http(s) URL');
    }
    const token = nonEmpty(env['PACT_BROKER_TOKEN']);
    const username = nonEmpty(env['PACT_BROKER_USERNAME']);
    const password = nonEmpty(env['PACT_BROKER_PASSWORD']);
    if ((username === undefined) !== (password === undefined))
        throw new KpcError('KPC_USAGE', 'set both PACT_BROKER_USERNAME and PACT_BROKER_PASSWORD, or neither');
    return {
        baseUrl: baseUrl.replace(/\/+$/, ''),
        ...(token ? { token } : {}),
        ...(username ? { username, password } : {}),
    };
}
/** The Authorization header for the broker, if any. */
export function authorizationHeader(a) {
    if (a.token !== undefined)
        return `Bearer ${a.token}`;
    if (a.username !== undefined)
        return `Basic ${Buffer.from(`${a.username}:${a.password ?? ''}`).toString('base64')}`;
    return undefined;
}
/** Verifier options: the provider's pacts for the main branch and what is deployed or released, results published. */
export function brokerSource(auth, o) {
    return {
        auth,
        verifierOptions: {
            pactBrokerUrl: auth.baseUrl,
            ...(auth.token ? { pactBrokerToken: auth.token } : {}),
            ...(auth.username ? { pactBrokerUsername: auth.username, pactBrokerPassword: auth.password } : {}),
            provider: PROVIDER,
            consumerVersionSelectors: [{ mainBranch: true }, { deployedOrReleased: true }],
            publishVerificationResult: true,
            providerVersion: o.providerVersion,
            ...(o.branch ? { providerVersionBranch: o.branch } : {}),
            ...(o.buildUrl ? { buildUrl: o.buildUrl } : {}),
        },
    };
}
