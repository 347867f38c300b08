import type { Evidence } from '../spec/types.ts';

/**
 * The declarative case format (suites/**\/*.yaml), described for editors by
 * suites/schema/case-file.schema.json. Cases are data: variables are tagged generators,
 * expectations are tagged matchers, and every case says where it came from.
 */

/** The closed set of scenarios a case can exercise. */
export const SCENARIOS = [
  'valid-boundary',
  'below-min-length',
  'above-max-length',
  'valid-class',
  'invalid-first-char',
  'forbidden-character',
  'forbidden-prefix',
  'forbidden-substring',
  'missing-parameter',
  'empty-value',
  'valid-key',
  'malformed-key',
  'unsupported-key-type',
  'tag-count',
  'tag-index-out-of-range',
  'unknown-resource-group',
  'known-resource-group',
  'unknown-region',
  'duplicate-name',
  'same-name-other-region',
  'reuse-deleted-name',
  'persistence',
  'rejected-stores-nothing',
  'quota',
  'concurrency',
  'response-shape',
  'response-format',
  'observation',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** positive: must succeed; negative: must be rejected; observation: recorded, never judged. */
export type Polarity = 'positive' | 'negative' | 'observation';

/** Preconditions a target must offer for the case to run; otherwise the case is skipped. */
export type Requirement = 'resource-group' | 'second-region' | 'quota-test';

/** A generated value, resolved fresh for every run (unique names, fresh keys). */
export type VarSpec =
  | { name: NameSpec }
  | { key: string; comment?: string; encoding?: 'openssh' | 'pem' | 'rfc4716' }
  | { malformed: { of: string; variant: string } }
  | { text: { length: number; fill?: string; prefix?: string; suffix?: string } }
  | { literal: string }
  | { same: string; transform?: 'upper' | 'lower' | 'swapcase' };

/**
 * A key pair name carrying the run's token where its length allows (so a run only ever
 * touches names it made). Shape: prefix + [token core, infix in the middle] padded with
 * `fill` to `length`. Too short for the token: random characters of `fill`'s alphabet.
 */
export interface NameSpec {
  length?: number;
  prefix?: string;
  infix?: string;
  suffix?: string;
  fill?: 'latin' | 'cjk';
}

/** Tagged matchers: one discriminant `match`, evaluated by one switch. */
export type Matcher =
  | string
  | number
  | boolean
  | null
  | { match: 'equals'; value: unknown; rule?: string }
  | { match: 'one-of'; values: unknown[]; rule?: string }
  | { match: 'regex'; pattern: string; rule?: string }
  | { match: 'uuid'; rule?: string }
  | { match: 'type'; type: 'string' | 'number' | 'boolean' | 'array' | 'object'; rule?: string }
  | { match: 'fingerprint-of'; key: string; form: 'colon' | 'any'; rule?: string }
  | { match: 'absent'; rule?: string }
  | { match: 'present'; rule?: string }
  | { match: 'status-class'; class: '2xx' | '4xx' | '5xx'; rule?: string }
  | { match: 'includes'; item: Record<string, Matcher>; rule?: string }
  | { match: 'excludes'; item: Record<string, Matcher>; rule?: string }
  | { match: 'every'; item: Record<string, Matcher>; rule?: string }
  | { match: 'length'; value: number; rule?: string }
  | { match: 'all-of'; matchers: Matcher[] }
  | { [field: string]: Matcher };

/** What a step's response must look like; body fields are matched partially (extra fields allowed). */
export interface Expectation {
  status?: Matcher;
  /** The body's form and, for XML, its root element: `{ format: xml, root: ImportKeyPairResponse }`. */
  envelope?: { format?: Matcher; root?: Matcher };
  body?: Record<string, Matcher>;
}

/**
 * How a step's calls go over the wire, where they differ from the run's: the signature, and for
 * V1 the `Format` asked for (`omitted`: none, so the documented default applies).
 */
export interface SendAs {
  signature?: 'v1' | 'v3';
  format?: 'json' | 'xml' | 'omitted';
}

/** A request step: one API call, or `times` calls at once (concurrency). */
export interface Step {
  action: string;
  /** Parameter values; strings interpolate `${var}`; `{ json: [...] }` encodes a JSON array. */
  params: Record<string, string | { json: string[] }>;
  send?: SendAs;
  expect?: Expectation;
  /** For `times`: how many of the calls must end each way, keyed `status` or `status:Code`. */
  expectCounts?: Record<string, number>;
  times?: number;
  /**
   * For `times`: vars resolved afresh for each call (e.g. a key), so concurrent calls
   * differ only where the case says. One key under many names is undocumented behaviour.
   */
  perCall?: string[];
  /** Names under which values of the response are kept for later steps: `{ fp: body.KeyPairFingerPrint }`. */
  save?: Record<string, string>;
  /** Response paths (`status`, `envelope.format`, `envelope.root`, `body.X`) recorded as observations, never judged. */
  observe?: string[];
  /** Rules this step's expectations trace to, when narrower than the case's. */
  rules?: string[];
}

/** A built-in step for what YAML cannot say compactly: filling a region to its quota. */
export interface FillStep {
  builtin: 'fill-region';
  region: string;
  /** The quota to fill up to; the headroom is measured with DescribeKeyPairs first. */
  upTo: number;
  rules?: string[];
}

/**
 * A built-in step: `count` key pairs, each named by the case's name var `name` bound afresh
 * and imported with a fresh key (an import whose answer was lost is looked up, and imported
 * again when it is not there); `${save}` then holds their names as a JSON array.
 */
export interface ImportBatchStep {
  builtin: 'import-batch';
  region: string;
  count: number;
  name: string;
  save: string;
  rules?: string[];
}

/** The built-in steps. */
export type BuiltinStep = FillStep | ImportBatchStep;

/** One conformance case. */
export interface Case {
  id: string;
  title: string;
  rules: string[];
  scenario: Scenario;
  polarity: Polarity;
  evidence: Evidence;
  /** The error-table row (code) the case targets, when it targets one. */
  errorRow?: string;
  /** Runs alone, after every other case (the quota). */
  exclusive?: boolean;
  requires?: Requirement[];
  vars?: Record<string, VarSpec>;
  steps: Array<Step | BuiltinStep>;
}

/** A case file: generated from the spec, or hand-written. */
export interface CaseFile {
  suite: string;
  description: string;
  origin: 'generated' | 'hand-written' | 'found';
  /** For generated files: the spec revision they come from. */
  specRevision?: string;
  /** For found cases: the exploration seed that produced them. */
  seed?: number;
  cases: Case[];
}
