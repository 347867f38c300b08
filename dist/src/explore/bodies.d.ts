/** Turns a body template into a PublicKeyBody with a freshly generated key. */
import { type GeneratedKey } from '../keys/index.ts';
import type { BodyKeyKind, BodyTemplate } from './arbitraries.ts';
/** A fresh key of a template's kind. */
export declare function freshKey(kind: BodyKeyKind): Promise<GeneratedKey>;
/** The body a template stands for, made from `key`. */
export declare function materializeBody(t: BodyTemplate, key: GeneratedKey): string;
