/**
 * One read before anything is written: is the target there, is it an ECS endpoint at all,
 * and does it accept our credentials? An endpoint that answers DescribeKeyPairs the way the
 * API does sends an API body with a RequestId, and either the list's fields or an error
 * with a Code. Anything else stops the run before a key pair is created, naming what came
 * back.
 */
import { type Exchange } from '../client/index.ts';
import type { Session } from '../engine/index.ts';
import { KpcError } from '../errors.ts';
/** What is wrong with the preflight's answer, as the fault to raise; undefined when the run may go on. */
export declare function preflightProblem(ex: Exchange, origin: string): KpcError | undefined;
/** Sends the preflight read on the run's session and raises what is wrong with its answer. */
export declare function preflight(session: Session): Promise<void>;
