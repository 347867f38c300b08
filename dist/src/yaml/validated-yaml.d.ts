import { type ValidateFunction } from 'ajv';
import { type KpcErrorCode } from '../errors.ts';
/**
 * YAML files validated by a JSON Schema, with errors that name the file and the line.
 * Both the spec and the case files go through here, so a typo in either reads the same.
 */
/** A schema set and its root: compiled only when a file must really be validated (not on a cache hit). */
export interface Schema {
    /** A fingerprint of the schemas' text and the root id: part of every cache key. */
    fingerprint: string;
    validator(): ValidateFunction;
}
/** One schema set; schemas may reference each other by $id. */
export declare function schemaOf(schemas: object[], rootId: string): Schema;
/** Reads a JSON file (a schema) relative to a module URL. */
export declare function readJson(url: URL): object;
/** Parses YAML text and validates it (or takes it from the cache); throws KpcError(code) naming file, line and problem. */
export declare function parseValidatedYaml<T>(text: string, file: string, schema: Schema, code: KpcErrorCode): T;
/** Reads and validates a YAML file. */
export declare function loadValidatedYaml<T>(file: string, schema: Schema, code: KpcErrorCode): T;
