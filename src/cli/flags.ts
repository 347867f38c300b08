import { parseArgs } from 'node:util';
import { KpcError } from '../errors.ts';

/**
 * CLI flags declared once as a table: the parser, the help text and the error messages
 * all come from it (vitest's CLI config does the same).
 */

/** One flag: its type, whether it repeats, and a one-line help. */
export interface FlagSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  help: string;
  placeholder?: string;
}

/** Parses argv against a flag table; an unknown flag or a missing value is a usage error naming it. */
export function parseFlags<T extends Record<string, FlagSpec>>(
  argv: string[],
  table: T,
): {
  values: {
    [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : T[K]['multiple'] extends true ? string[] : string;
  };
  positionals: string[];
} {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(table))
    options[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as never, positionals };
  } catch (e) {
    throw new KpcError('KPC_USAGE', `${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`);
  }
}

/** Help lines for a flag table. */
export function flagHelp(table: Record<string, FlagSpec>): string {
  const rows = Object.entries(table).map(
    ([n, s]) => [`--${n}${s.type === 'string' ? ` ${s.placeholder ?? 'VALUE'}` : ''}`, s.help] as const,
  );
  const w = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `  ${a.padEnd(w)}  ${b}`).join('\n');
}

/** Parses an integer flag or throws a usage error naming it. */
export function intFlag(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new KpcError('KPC_USAGE', `--${name} must be a whole number (got "${v}")`);
  return Number(v);
}
