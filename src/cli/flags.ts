/**
 * Command-line flags declared once as a table: the parser, the help text (with every default)
 * and the error messages all come from it (vitest's CLI config does the same). Every `kpc`
 * command parses with `parseFlags`; no other parser exists.
 */
import { parseArgs } from 'node:util';
import { KpcError } from '../errors.ts';

/** One flag: its type, whether it repeats, a one-line help and the default shown in help. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  help: string;
  placeholder?: string;
  /** What applies when the flag is absent, as help shows it. */
  default?: string;
}

/** A command's flags by name. */
export type FlagTable = Record<string, FlagSpec>;

/** The parsed values of a flag table. */
export type FlagValues<T extends FlagTable> = {
  [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : T[K]['multiple'] extends true ? string[] : string;
};

/** Parses argv against a flag table; an unknown flag or a missing value is a usage error naming it. */
export function parseFlags<T extends FlagTable>(
  argv: readonly string[],
  table: T,
): { values: FlagValues<T>; positionals: string[] } {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(table))
    options[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) };
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: values as FlagValues<T>, positionals };
  } catch (e) {
    throw new KpcError('KPC_USAGE', `${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`);
  }
}

/** Help lines for a flag table: each flag, its help, and its default. */
export function flagHelp(table: FlagTable): string {
  const rows = Object.entries(table).map(([n, s]) => {
    const left = `--${n}${s.type === 'string' ? ` ${s.placeholder ?? 'VALUE'}` : ''}`;
    return [left, s.default === undefined ? s.help : `${s.help} (default: ${s.default})`] as const;
  });
  const w = Math.max(0, ...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `  ${a.padEnd(w)}  ${b}`).join('\n');
}

/** Parses a whole-number flag or throws a usage error naming it. */
export function intFlag(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new KpcError('KPC_USAGE', `--${name} must be a whole number (got "${v}")`);
  return Number(v);
}

/** Refuses positional arguments a command does not take. */
export function noPositionals(command: string, positionals: readonly string[]): void {
  if (positionals.length > 0) {
    throw new KpcError(
      'KPC_USAGE',
      `unexpected argument "${positionals[0]}" (flags start with --; see ${command} --help)`,
    );
  }
}
