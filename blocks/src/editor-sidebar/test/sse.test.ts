/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { createSseParser } from '../lib/sse';

describe( 'server-sent events parser', () => {
	it( 'returns events only once they are complete, across arbitrary chunk boundaries', () => {
		const parser = createSseParser();
		expect( parser.push( 'event: chunk\ndata: {"te' ) ).toEqual( [] );
		expect(
			parser.push(
				'xt":"Hel"}\n\nevent: chunk\r\ndata: {"text":"lo"}\r\n\r\nevent: do'
			)
		).toEqual( [
			{ event: 'chunk', data: { text: 'Hel' } },
			{ event: 'chunk', data: { text: 'lo' } },
		] );
		expect( parser.push( 'ne\ndata: {"credits_charged":1}\n\n' ) ).toEqual(
			[ { event: 'done', data: { credits_charged: 1 } } ]
		);
	} );

	it( 'skips malformed and data-less events', () => {
		const parser = createSseParser();
		expect(
			parser.push(
				'event: chunk\ndata: {oops\n\n: comment\n\nevent: error\ndata: {"error":"x"}\n\n'
			)
		).toEqual( [ { event: 'error', data: { error: 'x' } } ] );
	} );
} );
