/**
 * The machine-readable spec: what the vendor's document says, rule by rule, with the
 * evidence level of each rule. Everything the suite asserts traces back to a Rule id.
 */

/** How strongly a rule is backed: stated, implied, or merely observed. */
export type Evidence = 'documented' | 'inferred' | 'undocumented';

/** Where the text of the spec comes from, so a later revision can be compared rule by rule. */
export interface DocumentRef {
  title: string;
  /** Path of the source text, relative to the repository's shared folder, or a description. */
  source: string;
  /** The document's own revision date ("Last Updated"), ISO yyyy-mm-dd. */
  revision: string;
}

/** One row of an error table: a status and a code, and the message as documented (recorded, never asserted). */
export interface ErrorRow {
  code: string;
  status: number;
  message: string;
  description?: string;
  evidence: Evidence;
  /** The table the row comes from: the operation's document, or the common errors. */
  table: 'operation' | 'common';
}

/**
 * What a violation of a rule must produce: a documented row (status and code asserted),
 * one of several rows (where the document leaves the choice open), or only a status class.
 */
export type Violation = { error: string } | { oneOf: string[] } | { statusClass: '4xx' };

/** Machine-readable constraint; evaluated by one switch in predicates.ts. */
export type Constraint =
  | { kind: 'required' }
  | { kind: 'length'; min?: number; max?: number }
  | { kind: 'first-char'; classes: CharClass[] }
  | { kind: 'charset'; classes: CharClass[]; extra: string }
  | { kind: 'forbidden-prefix'; prefixes: string[] }
  | { kind: 'forbidden-substring'; substrings: string[] }
  | { kind: 'public-key'; keyTypes: string[] }
  | { kind: 'index-range'; min: number; max: number }
  | { kind: 'region' }
  | { kind: 'resource-group-exists' }
  | { kind: 'unique'; scope: 'region' }
  | { kind: 'quota'; max: number; scope: 'region' }
  | { kind: 'fingerprint'; algorithm: 'md5'; format: 'md5-colon' | 'md5-any' }
  | { kind: 'response-field'; field: string; equals?: 'request' }
  | { kind: 'behaviour' };

/** Character classes the document names. `digit` means ASCII 0-9; `letter` is Unicode L*. */
export type CharClass = 'letter' | 'digit';

/** One rule taken from the document (or inferred from it, or observed where it is silent). */
export interface Rule {
  id: string;
  title: string;
  operation: string;
  evidence: Evidence;
  /** The sentence of the document the rule comes from (or, for inferred rules, the reasoning). */
  source: string;
  /**
   * The document the rule is taken from when it is not the operation's own (a path under
   * specs/, e.g. the vendor's common parameters): `kpc spec check` does not look for it there.
   */
  from?: string;
  /** Parameter the rule constrains, with `N` for list indices (`Tag.N.Key`). */
  parameter?: string;
  constraint: Constraint;
  /** What a request that breaks the rule must get. Absent for rules about successful behaviour. */
  violation?: Violation;
  /** Why the rule is not asserted, or what is left open. */
  note?: string;
}

/** A request parameter as the document lists it. */
export interface Parameter {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'array';
  required: boolean;
  description: string;
  example?: string;
  /** For arrays flattened as Name.N.Field: the fields, as parameters. */
  fields?: Parameter[];
  rules: string[];
}

/** A response element as the document lists it. */
export interface ResponseField {
  name: string;
  type: string;
  description: string;
  example?: string;
  rules: string[];
}

/** One API operation, with its document, parameters, response, error table and rules. */
export interface Operation {
  name: string;
  document: DocumentRef;
  description: string;
  parameters: Parameter[];
  response: ResponseField[];
  errors: ErrorRow[];
  rules: Rule[];
}

/** The `Format` common parameter: the forms a response comes in, and how XML writes a list. */
export interface ResponseFormats {
  parameter: 'Format';
  values: Array<'json' | 'xml'>;
  default: 'json' | 'xml';
  /** List container element → item element (`KeyPairs` → `KeyPair`). */
  xmlLists: Record<string, string>;
}

/** The whole spec: API identity, limits, regions, common errors and operations. */
export interface Spec {
  schemaVersion: 1;
  api: { product: string; version: string; style: 'rpc'; endpoint: string };
  limits: { keyPairsPerRegion: number; tagsPerResource: number; deleteBatch: number };
  regions: string[];
  keyTypes: { documented: string[]; sshTypes: Record<string, string[]> };
  formats: ResponseFormats;
  commonErrors: ErrorRow[];
  operations: Record<string, Operation>;
}
