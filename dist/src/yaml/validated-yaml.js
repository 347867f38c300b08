import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { KpcError } from '../errors.js';
import { cache, cached, cacheKey } from './cache.js';
/** One schema set; schemas may reference each other by $id. */
export function schemaOf(schemas, rootId) {
    let validate;
    return {
        fingerprint: `${rootId} ${JSON.stringify(schemas)}`,
        validator() {
            if (validate)
                return validate;
            const ajv = new Ajv({ allErrors: true, strict: false });
            for (const s of schemas)
                ajv.addSchema(s);
            validate = ajv.getSchema(rootId);
            if (!validate)
                throw new KpcError('KPC_INTERNAL', `schema ${rootId} is not among the compiled schemas`);
            return validate;
        },
    };
}
/** Reads a JSON file (a schema) relative to a module URL. */
export function readJson(url) {
    return JSON.parse(readFileSync(url, 'utf8'));
}
/** Parses YAML text and validates it (or takes it from the cache); throws KpcError(code) naming file, line and problem. */
export function parseValidatedYaml(text, file, schema, code) {
    const key = cacheKey(schema.fingerprint, text);
    const hit = cached(key);
    if (hit !== undefined)
        return hit;
    const value = validated(text, file, schema.validator(), code);
    cache(key, value);
    return value;
}
function validated(text, file, validate, code) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const yamlError = doc.errors[0];
    if (yamlError) {
        const pos = yamlError.pos[0];
        const { line, col } = lineCounter.linePos(pos);
        throw new KpcError(code, `${file}:${line}:${col}: invalid YAML: ${yamlError.message.split('\n')[0]}`);
    }
    const value = doc.toJS({ maxAliasCount: 100 });
    if (!validate(value)) {
        const errors = validate.errors ?? [];
        const best = mostSpecific(errors);
        const line = best ? lineOf(doc, lineCounter, best.instancePath) : 1;
        const where = best?.instancePath || '(root)';
        const detail = best ? describe(best) : 'does not match the schema';
        throw new KpcError(code, `${file}:${line}: ${where} ${detail}`);
    }
    return value;
}
/** Reads and validates a YAML file. */
export function loadValidatedYaml(file, schema, code) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (cause) {
        throw new KpcError(code, `${file}: cannot read: ${cause.message}`, { cause });
    }
    return parseValidatedYaml(text, file, schema, code);
}
// oneOf failures report every branch; the deepest path is the one a person can act on.
function mostSpecific(errors) {
    const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
    const pool = useful.length > 0 ? useful : errors;
    return [...pool].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}
function describe(e) {
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties':
            return `has an unknown property "${String(p.additionalProperty)}"`;
        case 'required':
            return `is missing the required property "${String(p.missingProperty)}"`;
        case 'enum':
            return `must be one of ${JSON.stringify(p.allowedValues)}`;
        case 'const':
            return `must be ${JSON.stringify(p.allowedValue)}`;
        default:
            return e.message ?? 'is invalid';
    }
}
function lineOf(doc, lc, pointer) {
    const path = pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    // Walk up until a node with a position is found (a missing property has none).
    for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range)
            return lc.linePos(node.range[0]).line;
    }
    return 1;
}
