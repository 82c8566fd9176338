/**
 * TEST DOUBLE — the fake model's fixture mode. A request whose messages carry
 * `[[igny8-fixture:<id>]]` is answered with the recorded reply of the corpus file
 * `<id>.json` (content, refusal and finish_reason exactly as a real model sent them),
 * so the whole path from the queue to a WordPress post can run on every fixture.
 * Files are read on each request: a fixture added while the server runs is seen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textOf, type Answer, type ChatRequest } from './completions.ts';

/** Where the reply corpus lives in the repository. */
export const DEFAULT_FIXTURES_DIR = fileURLToPath( new URL( '../../worker/test-node/corpus/replies/', import.meta.url ) );

const FIXTURE_MARKER = /\[\[igny8-fixture:([a-z0-9-]+)\]\]/;

export type FinishReason = Answer['finishReason'];

/** A recorded model reply, as the corpus stores it. */
export interface FixtureReply {
	content: string | null;
	refusal: string | null;
	finish_reason: FinishReason;
}

/** The fixture id named in any message of the request, if one is. */
export function fixtureIdOf( request: ChatRequest ): string | null {
	for ( const message of request.messages ) {
		const match = FIXTURE_MARKER.exec( textOf( message.content ) );
		if ( match?.[ 1 ] ) return match[ 1 ];
	}
	return null;
}

/** Reads `<id>.json` from the corpus; throws a message naming what is wrong with it. */
export function loadFixtureReply( dir: string, id: string ): FixtureReply {
	// The marker's pattern already keeps ids to [a-z0-9-], so the path cannot leave `dir`.
	let parsed: { reply?: Partial<FixtureReply> };
	try {
		parsed = JSON.parse( readFileSync( join( dir, `${ id }.json` ), 'utf8' ) ) as typeof parsed;
	} catch ( error ) {
		throw new Error( `fixture "${ id }" cannot be read from ${ dir }: ${ ( error as Error ).message }` );
	}
	const reply = parsed.reply;
	const finish = reply?.finish_reason ?? 'stop';
	if ( ! reply || ( typeof reply.content !== 'string' && reply.content !== null ) || ! [ 'stop', 'length', 'content_filter' ].includes( finish ) ) {
		throw new Error( `fixture "${ id }" has no valid reply {content, refusal, finish_reason}` );
	}
	return { content: reply.content, refusal: typeof reply.refusal === 'string' ? reply.refusal : null, finish_reason: finish };
}

/** A corpus fixture's recorded reply as the fake model's answer. */
export function fixtureAnswer( dir: string, id: string ): Answer {
	const reply = loadFixtureReply( dir, id );
	return { content: reply.content, refusal: reply.refusal, finishReason: reply.finish_reason };
}
