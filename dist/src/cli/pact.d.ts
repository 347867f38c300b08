/** `kpc pact generate`. */
export declare const PACT_GENERATE: import("./command.ts").Command<{
    out: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    cases: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    check: {
        type: "boolean";
        help: string;
    };
}>;
/** `kpc pact verify`. */
export declare const PACT_VERIFY: import("./command.ts").Command<{
    target: {
        type: "string";
        placeholder: string;
        help: string;
    };
    region: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    pact: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    'resource-group': {
        type: "string";
        placeholder: string;
        help: string;
    };
    'quota-test': {
        type: "boolean";
        help: string;
        default: string;
    };
    'report-dir': {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    'log-level': {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    publish: {
        type: "boolean";
        help: string;
    };
    'provider-version': {
        type: "string";
        placeholder: string;
        help: string;
    };
    branch: {
        type: "string";
        placeholder: string;
        help: string;
    };
    'build-url': {
        type: "string";
        placeholder: string;
        help: string;
    };
}>;
/** `kpc pact publish`. */
export declare const PACT_PUBLISH: import("./command.ts").Command<{
    pact: {
        type: "string";
        placeholder: string;
        help: string;
        default: string;
    };
    'consumer-version': {
        type: "string";
        placeholder: string;
        help: string;
    };
    branch: {
        type: "string";
        placeholder: string;
        help: string;
    };
    tag: {
        type: "string";
        multiple: true;
        placeholder: string;
        help: string;
    };
    'build-url': {
        type: "string";
        placeholder: string;
        help: string;
    };
}>;
