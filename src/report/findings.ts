import type { TeardownResult } from '../engine/index.ts';
import type { Finding, Report } from './types.ts';

/**
 * What the run observes outside its cases counts as evidence. Teardown deletes the run's key
 * pairs and lists what remains: a name DeleteKeyPairs answered success for that is still
 * listed afterwards breaks the rule that a successful delete removes every key pair it names.
 * That is a failed rule in the report (and a non-conformant verdict), not only a leak warning.
 */

/** The rule a successful delete that leaves its key pairs listed breaks (specs/DeleteKeyPairs.yaml). */
export const DELETE_REMOVES_RULE = 'DEL-REMOVES-ALL';

/** How many places a one-line rendering names before it says how many more there are. */
const PLACES_SHOWN = 10;

/** The findings of a run's teardown: one for every key pair listed after a delete answered success. */
export function teardownFindings(td: Pick<TeardownResult, 'listedAfterDelete'> | undefined): Finding[] {
  const places = td?.listedAfterDelete ?? [];
  if (places.length === 0) return [];
  return [
    {
      rule: DELETE_REMOVES_RULE,
      source: 'teardown',
      summary:
        `DeleteKeyPairs answered success for ${places.length} key pair(s) ` +
        'that DescribeKeyPairs still listed afterwards',
      places: places.map(({ region, name }) => ({ region, name })),
    },
  ];
}

/** The findings of a report (none in a report of an earlier version). */
export function findingsOf(r: Pick<Report, 'findings'>): Finding[] {
  return r.findings ?? [];
}

/** `region/name, …` of a finding, the first few and how many more. */
export function placesText(f: Finding, shown = PLACES_SHOWN): string {
  const named = f.places.slice(0, shown).map((p) => `${p.region}/${p.name}`);
  const more = f.places.length - named.length;
  return more > 0 ? `${named.join(', ')} … and ${more} more` : named.join(', ');
}

/** A finding as one line: the rule, where it was seen, what, and the key pairs. */
export function findingLine(f: Finding, shown = PLACES_SHOWN): string {
  return `${f.rule} (${f.source}): ${f.summary}: ${placesText(f, shown)}`;
}
