/**
 * The contract's provider states: a closed set of preconditions, each a fixed sentence plus
 * the same facts as params. The verifier parses a state back from its name and params and
 * refuses any state it does not know, so a pact edited by hand cannot make it do something
 * unplanned.
 */

/** A precondition an interaction needs. */
export type ProviderState =
  | { kind: 'key-pair-exists'; name: string; region: string; publicKey: string }
  | { kind: 'region-full'; region: string; count: number }
  | { kind: 'resource-group-exists'; id: string };

/** A state as Pact writes it: a description and JSON params. */
export interface PactState {
  name: string;
  params: Record<string, string | number>;
}

/**
 * The Pact form of a state: "key pair NAME exists in REGION", "REGION holds 500 key pairs",
 * "resource group ID exists".
 */
export function toPactState(s: ProviderState): PactState {
  switch (s.kind) {
    case 'key-pair-exists':
      return {
        name: `key pair ${s.name} exists in ${s.region}`,
        params: { name: s.name, region: s.region, publicKey: s.publicKey },
      };
    case 'region-full':
      return { name: `${s.region} holds ${s.count} key pairs`, params: { region: s.region, count: s.count } };
    case 'resource-group-exists':
      return { name: `resource group ${s.id} exists`, params: { id: s.id } };
  }
}

const str = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** Parses a state back from a pact; undefined when the name and params do not agree on a known state. */
export function parsePactState(name: string, params: Record<string, unknown> | undefined): ProviderState | undefined {
  const p = params ?? {};
  let s: ProviderState | undefined;
  if (str(p['name']) && str(p['region']) && str(p['publicKey']))
    s = { kind: 'key-pair-exists', name: p['name'], region: p['region'], publicKey: p['publicKey'] };
  else if (str(p['region']) && typeof p['count'] === 'number' && Number.isInteger(p['count']) && p['count'] > 0)
    s = { kind: 'region-full', region: p['region'], count: p['count'] };
  else if (str(p['id'])) s = { kind: 'resource-group-exists', id: p['id'] };
  // The sentence must be the one the params make: a state cannot say one thing and do another.
  return s !== undefined && toPactState(s).name === name ? s : undefined;
}
