import type { NameSpec } from '../cases/types.ts';
/** A concrete name for `spec`; `unique` is the token plus a counter (letters and digits). */
export declare function makeName(spec: NameSpec, unique: string, random: () => number): string;
