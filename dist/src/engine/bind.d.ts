import type { NameSpec, VarSpec } from '../cases/types.ts';
import { type GeneratedKey } from '../keys/index.ts';
/** Values a case's templates can refer to, and the keys behind key vars. */
export interface Bindings {
    values: Record<string, string>;
    keys: Record<string, GeneratedKey>;
}
/** Where fresh values come from; a source may refuse what it cannot provide (a KpcError). */
export interface VarSource {
    /** A concrete name for `spec`, bound to var `varName`. */
    name(spec: NameSpec, varName: string): Promise<string>;
    /** A key of type `specId` (e.g. `rsa-2048`), bound to var `varName`; never one handed out before. */
    key(specId: string, varName: string): Promise<GeneratedKey>;
    /** The valid key the malformed bodies of type `specId` are cut from (refused, never stored: it may be shared). */
    malformedSource(specId: string): Promise<GeneratedKey>;
}
/** A string of exactly `length` code points: prefix, `fill` repeated, suffix. */
export declare function textOf(t: {
    length: number;
    fill?: string;
    prefix?: string;
    suffix?: string;
}): string;
/** Binds every var of a case on top of the built-in variables. */
export declare function bindVars(vars: Record<string, VarSpec> | undefined, builtins: Readonly<Record<string, string>>, source: VarSource): Promise<Bindings>;
/** Replaces `${name}` in a template with bound values; an unknown name is a case-file error. */
export declare function interpolate(template: string, values: Readonly<Record<string, string>>): string;
