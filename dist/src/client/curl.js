// Headers curl computes itself; copying them would only go stale if the body is edited.
const SKIP = new Set(['content-length', 'connection', 'transfer-encoding']);
/** Renders the (redacted) request of `ex` as a single-line POSIX-shell curl command. */
export function curlLine(ex) {
    const { method, url, headers, body } = ex.request;
    const parts = ['curl', '-sS', '-X', method, shellQuote(url)];
    for (const [name, value] of Object.entries(headers)) {
        if (SKIP.has(name.toLowerCase()))
            continue;
        parts.push('-H', shellQuote(`${name}: ${value}`));
    }
    if (body !== '')
        parts.push('--data-raw', shellQuote(body));
    return parts.join(' ');
}
/** Quotes a string for a POSIX shell: single quotes, with embedded quotes closed and escaped. */
export function shellQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
