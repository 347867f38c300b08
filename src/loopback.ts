/**
 * True when a URL's host name or a socket's peer address names this machine: 127.0.0.0/8
 * (also IPv4-mapped, `::ffff:127.0.0.1`), ::1 (bracketed or not), localhost.
 */
export function isLoopbackAddress(host: string): boolean {
  const h = host
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost') || h === '::1') return true;
  // WHATWG URL parsing already normalises 127.1 and 0x7f.0.0.1 to dotted quads.
  return /^(?:::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
