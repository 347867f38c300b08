import { type ValidateFunction } from 'ajv';
import { type KpcErrorCode } from '../errors.ts';
/**
 * YAML files validated by a JSON Schema, with errors that name the file and the line.
 * Both the spec and the case files go through here, so a typo in either reads the same.
 */
/** One compiled schema set; schemas may reference each other by $id. */
export declare function compileSchemas(schemas: object[], rootId: string): ValidateFunction;
/** Reads a JSON file (a schema) relative to a module URL. */
export declare function readJson(url: URL): object;
/** Parses YAML text and validates it; throws KpcError(code) naming file, line and problem. */
export declare function parseValidatedYaml<T>(text: string, file: string, validate: ValidateFunction, code: KpcErrorCode): T;
/** Reads and validates a YAML file. */
export declare function loadValidatedYaml<T>(file: string, validate: ValidateFunction, code: KpcErrorCode): T;
