/**
 * Command-line flags declared once as a table: the parser, the help text (with every default)
 * and the error messages all come from it (vitest's CLI config does the same). Every `kpc`
 * command parses with `parseFlags`; no other parser exists.
 */
import { parseArgs } from 'node:util';
import { KpcError } from '../errors.js';
/** Parses argv against a flag table; an unknown flag or a missing value is a usage error naming it. */
export function parseFlags(argv, table) {
    const options = {};
    for (const [name, spec] of Object.entries(table))
        options[name] = { type: spec.type, ...(spec.multiple ? { multiple: true } : {}) };
    try {
        const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
        return { values: values, positionals };
    }
    catch (e) {
        throw new KpcError('KPC_USAGE', `${e.message.replace(/\. To specify a positional argument.*$/s, '')}`);
    }
}
/** Help lines for a flag table: each flag, its help, and its default. */
export function flagHelp(table) {
    const rows = Object.entries(table).map(([n, s]) => {
        const left = `--${n}${s.type === 'string' ? ` ${s.placeholder ?? 'VALUE'}` : ''}`;
        return [left, s.default === undefined ? s.help : `${s.help} (default: ${s.default})`];
    });
    const w = Math.max(0, ...rows.map(([a]) => a.length));
    return rows.map(([a, b]) => `  ${a.padEnd(w)}  ${b}`).join('\n');
}
/** Parses a whole-number flag or throws a usage error naming it. */
export function intFlag(name, v) {
    if (v === undefined)
        return undefined;
    if (!/^\d+$/.test(v))
        throw new KpcError('KPC_USAGE', `--${name} must be a whole number (got "${v}")`);
    return Number(v);
}
/** Refuses positional arguments a command does not take. */
export function noPositionals(command, positionals) {
    if (positionals.length > 0) {
        throw new KpcError('KPC_USAGE', `unexpected argument "${positionals[0]}" (flags start with --; see ${command} --help)`);
    }
}
