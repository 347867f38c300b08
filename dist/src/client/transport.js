const BY_CODE = {
    ECONNREFUSED: 'refused',
    EHOSTUNREACH: 'unreachable',
    ENETUNREACH: 'unreachable',
    EADDRNOTAVAIL: 'unreachable',
    ENOTFOUND: 'dns',
    EAI_AGAIN: 'dns',
    EAI_FAIL: 'dns',
    EPROTO: 'tls',
    UND_ERR_CONNECT_TIMEOUT: 'connect-timeout',
    ECONNRESET: 'reset',
    EPIPE: 'reset',
    ECONNABORTED: 'reset',
    UND_ERR_SOCKET: 'reset',
    UND_ERR_CLOSED: 'reset',
    UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'reset',
    ETIMEDOUT: 'timeout',
    UND_ERR_HEADERS_TIMEOUT: 'timeout',
    UND_ERR_BODY_TIMEOUT: 'timeout',
    UND_ERR_ABORTED: 'aborted',
    UND_ERR_INVALID_ARG: 'invalid',
    ERR_INVALID_ARG_TYPE: 'invalid',
    ERR_INVALID_CHAR: 'invalid',
    ERR_INVALID_HTTP_TOKEN: 'invalid',
};
/** Classifies an error thrown by undici or node:net, looking through causes and AggregateErrors. */
export function classifyTransportError(err) {
    for (const e of candidates(err)) {
        const code = typeof e.code === 'string' ? e.code : undefined;
        if (code !== undefined) {
            const known = BY_CODE[code];
            if (known !== undefined)
                return known;
            if (code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || TLS_CODES.test(code))
                return 'tls';
            if (code.startsWith('HPE_'))
                return 'reset'; // a garbled response: the request was sent
        }
        if (e.name === 'AbortError')
            return 'aborted';
        if (e.name === 'TimeoutError')
            return 'timeout';
    }
    return 'unknown';
}
/** False only when the failure happened before the request could reach the server. */
export function mayHaveBeenSent(kind) {
    return kind === 'reset' || kind === 'timeout' || kind === 'unknown' || kind === 'aborted';
}
/** The code a caller sees for a failure; any write that may have arrived is ambiguous, whatever else. */
export function faultCode(kind, write) {
    if (kind === 'invalid')
        return 'KPC_INTERNAL';
    if (write && mayHaveBeenSent(kind))
        return 'KPC_AMBIGUOUS_WRITE';
    if (kind === 'timeout' || kind === 'aborted')
        return 'KPC_TIMEOUT';
    return 'KPC_TARGET_UNREACHABLE';
}
// OpenSSL certificate verification codes node reports on TLS handshakes.
const TLS_CODES = /^(CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_(GET|VERIFY)_|HOSTNAME_MISMATCH)/;
// The error itself, then its cause chain and AggregateError members (happy-eyeballs connects).
function candidates(err) {
    const out = [];
    const queue = [err];
    while (queue.length > 0 && out.length < 16) {
        const e = queue.shift();
        if (typeof e !== 'object' || e === null)
            continue;
        out.push(e);
        const { cause, errors } = e;
        if (cause !== undefined)
            queue.push(cause);
        if (Array.isArray(errors))
            queue.push(...errors);
    }
    return out;
}
