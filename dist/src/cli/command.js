import { flagHelp } from './flags.js';
/** A command's full --help text. */
export function helpOf(c) {
    const parts = [`Usage: kpc ${c.name} ${c.usage}`.trimEnd(), '', c.summary];
    if (c.description)
        parts.push('', c.description);
    parts.push('', 'Options:', flagHelp(c.flags), '  -h, --help  show this help', '', `Exit codes: ${c.exits}`);
    return parts.join('\n');
}
/** Declares a command with its flag table's types carried through. */
export function defineCommand(c) {
    return c;
}
