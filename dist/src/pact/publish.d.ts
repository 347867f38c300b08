import { type BrokerAuth } from './broker.ts';
import type { PactDocument } from './pact-file.ts';
/** Who publishes what. */
export interface PublishOptions {
    consumerVersion: string;
    branch?: string;
    tags?: string[];
    buildUrl?: string;
}
/** The publish request body for one pact (its text base64-encoded, as the endpoint wants). */
export declare function publishBody(doc: PactDocument, text: string, o: PublishOptions): Record<string, unknown>;
/** Publishes; resolves with the broker's log lines, rejects with the broker's answer on failure. */
export declare function publishPact(auth: BrokerAuth, doc: PactDocument, text: string, o: PublishOptions): Promise<string[]>;
