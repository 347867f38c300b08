/** Text helpers every layer may use. */

/** `s` as a regular expression that matches exactly `s`. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
