/**
 * The consumer tests: every interaction is played against Pact's mock server by OUR client
 * (signed V3, params in the query), so the contract records what the client really sends.
 * Volatile request parts (date, nonce, signature) are matched by shape, never pinned.
 */
import { HTTPResponseStatusClass, MatchersV3, PactV4 } from '@pact-foundation/pact';
import { createClient, DUMMY_CREDENTIALS, resolveTarget } from '../client/index.ts';
import { DEFAULT_API_VERSION } from '../client/client.ts';
import { EMPTY_BODY_SHA256 } from '../sign/index.ts';
import { CONSUMER, CONTRACT_REGION, PROVIDER } from './contract.ts';
import type { InteractionSpec } from './interactions.ts';
import { toPactState } from './provider-states.ts';
import { exampleStatus, type StatusSpec } from './response.ts';

/** The signature headers, by shape: a provider must see a signed V3 request, never a particular one. */
export function signatureHeaders(): Record<string, unknown> {
  return {
    authorization: MatchersV3.regex(
      '^ACS3-HMAC-SHA256 Credential=[^,]+,SignedHeaders=[a-z0-9;-]+,Signature=[0-9a-f]{64}$',
      `ACS3-HMAC-SHA256 Credential=${DUMMY_CREDENTIALS.accessKeyId},` +
        'SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,' +
        `Signature=${'0'.repeat(64)}`,
    ),
    'x-acs-date': MatchersV3.regex('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$', '2024-05-01T10:00:00Z'),
    'x-acs-signature-nonce': MatchersV3.regex('^\\S{8,}$', '00000000-0000-4000-8000-000000000000'),
    // Every call of the API has an empty body; its hash is part of what V3 signs.
    'x-acs-content-sha256': EMPTY_BODY_SHA256,
  };
}

function statusOf(s: StatusSpec): number | ReturnType<typeof MatchersV3.matchStatus> {
  if (typeof s === 'number') return s;
  const cls = {
    '2xx': HTTPResponseStatusClass.Success,
    '4xx': HTTPResponseStatusClass.ClientError,
    '5xx': HTTPResponseStatusClass.ServerError,
  }[s.class];
  return MatchersV3.matchStatus(exampleStatus(s), cls);
}

/**
 * The mock server records a match on another thread after it has answered (upstream race,
 * pact-foundation/pact-core-mock-server#13): under CPU pressure Pact may then report an
 * answered request as "expected but not received". A short pause before the test ends makes
 * it rare; a repeat of just that interaction (Pact writes only passed ones) makes it harmless.
 */
const SETTLE_MS = 20;
const ATTEMPTS = 3;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** One consumer test: our client against the mock server, which must see the contract's request. */
async function playOnce(pact: PactV4, spec: InteractionSpec): Promise<void> {
  let builder = pact.addInteraction();
  for (const s of spec.states) {
    const ps = toPactState(s);
    builder = builder.given(ps.name, ps.params);
  }
  builder = builder
    .uponReceiving(spec.description)
    .testName(spec.caseId)
    .comment(`rules: ${spec.rules.join(', ')}`);
  for (const note of spec.notes) builder = builder.comment(note);
  await builder
    .withRequest('POST', '/', (r) =>
      r
        .query(spec.params)
        .headers({ 'x-acs-action': spec.action, 'x-acs-version': DEFAULT_API_VERSION, ...signatureHeaders() } as never),
    )
    .willRespondWith(statusOf(spec.status), (r) => r.jsonBody(spec.body))
    .executeTest(async (mock) => {
      const client = createClient({
        target: resolveTarget({ url: mock.url, region: CONTRACT_REGION }),
        credentials: DUMMY_CREDENTIALS,
        retry: false,
      });
      try {
        const ex = await client.call(spec.action, spec.params);
        // The mock answers the example; anything else means the request did not match.
        if (ex.response?.status !== exampleStatus(spec.status)) {
          const answer = `${ex.response?.status ?? 'nothing'}: ${ex.response?.text ?? ''}`;
          throw new Error(`${spec.description}: the mock server answered ${answer}`);
        }
        await sleep(SETTLE_MS);
      } finally {
        await client.close();
      }
    });
}

/** Runs one consumer test per interaction and writes the pact into `dir` (merged by Pact). */
export async function runConsumerTests(interactions: readonly InteractionSpec[], dir: string): Promise<void> {
  const pact = new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir, logLevel: 'warn' });
  for (const spec of interactions) {
    for (let attempt = 1; ; attempt++) {
      try {
        await playOnce(pact, spec);
        break;
      } catch (e) {
        if (attempt >= ATTEMPTS || !/expected but not received/.test((e as Error).message)) throw e;
      }
    }
  }
}
