/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { createContextRequests } from '../lib/context-request';
import type { PostContext } from '../lib/types';

const contextOf = ( postId: number ): PostContext => ( {
	post_id: postId,
	task: null,
	cluster: null,
	idea: null,
	keywords: [],
	target_keyword: 'home composting',
	target_words: null,
	credits: null,
	connected: false,
	site_host: 'example.org',
	language: 'en_US',
} );

/** A fetcher that counts its calls and answers when told. */
function deferredFetcher() {
	const calls: number[] = [];
	const pending: Array< {
		resolve: ( value: PostContext ) => void;
		reject: ( error: Error ) => void;
	} > = [];
	const fetcher = ( postId: number ) => {
		calls.push( postId );
		return new Promise< PostContext >( ( resolve, reject ) =>
			pending.push( { resolve, reject } )
		);
	};
	return { calls, pending, fetcher };
}

describe( 'createContextRequests', () => {
	it( 'answers the preloaded post at once, without a request', async () => {
		const { calls, fetcher } = deferredFetcher();
		const requests = createContextRequests( fetcher, {
			postId: 7,
			context: contextOf( 7 ),
		} );

		expect( requests.settled( 7 ) ).toEqual( contextOf( 7 ) );
		await expect( requests.load( 7 ) ).resolves.toEqual( contextOf( 7 ) );
		expect( calls ).toEqual( [] );
	} );

	it( 'asks once per post and keeps the answer for panels mounting later', async () => {
		const { calls, pending, fetcher } = deferredFetcher();
		const requests = createContextRequests( fetcher, undefined );

		const first = requests.load( 3 );
		const second = requests.load( 3 );
		expect( second ).toBe( first );
		expect( requests.settled( 3 ) ).toBeUndefined();
		pending[ 0 ]?.resolve( contextOf( 3 ) );
		await first;

		expect( requests.settled( 3 ) ).toEqual( contextOf( 3 ) );
		expect( calls ).toEqual( [ 3 ] );
	} );

	it( 'forgets a failed request, so the next panel asks again', async () => {
		const { calls, pending, fetcher } = deferredFetcher();
		const requests = createContextRequests( fetcher, undefined );

		const failed = requests.load( 5 );
		pending[ 0 ]?.reject( new Error( 'offline' ) );
		await expect( failed ).rejects.toThrow( 'offline' );

		expect( requests.settled( 5 ) ).toBeUndefined();
		void requests.load( 5 );
		expect( calls ).toEqual( [ 5, 5 ] );
	} );

	it( 'ignores a preload for another post or of the wrong shape', () => {
		const { calls, fetcher } = deferredFetcher();
		const requests = createContextRequests( fetcher, {
			postId: 9,
			context: contextOf( 8 ),
		} );
		const junk = createContextRequests( fetcher, { postId: '9' } );

		expect( requests.settled( 9 ) ).toBeUndefined();
		expect( requests.settled( 8 ) ).toBeUndefined();
		expect( junk.settled( 9 ) ).toBeUndefined();
		void requests.load( 9 );
		expect( calls ).toEqual( [ 9 ] );
	} );
} );
