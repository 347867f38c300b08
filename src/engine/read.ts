/** Reading an answer's body by a dotted path. Pure; a leaf of the engine. */

/** The value at a dotted path of a body (`KeyPairs.KeyPair`), or undefined. */
export function at(obj: unknown, path: string): unknown {
  const get = (o: unknown, k: string): unknown =>
    typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[k] : undefined;
  return path.split('.').reduce<unknown>(get, obj);
}
