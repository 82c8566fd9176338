/**
 * External dependencies
 */
import { describe, expect, it, vi } from 'vitest';

/**
 * Internal dependencies
 */
import { finishedNotice } from './finished';
import { replacedBy, replacedMessage } from './replaced';
import type { JobSnapshot } from './types';

const job = ( replaced: JobSnapshot[ 'replaced' ] ): JobSnapshot => ( {
	id: `job-${ Math.random() }`,
	status: 'completed',
	progress: 100,
	step: 'done',
	error: null,
	credits_charged: 3,
	task_id: null,
	applied: true,
	post: null,
	replaced,
} );

describe( 'replacedBy', () => {
	it( 'adds up what every job replaced and keeps each undo token', () => {
		expect(
			replacedBy( [
				job( { count: 2, undo: 'a' } ),
				job( null ),
				job( { count: 3, undo: 'b' } ),
				job( undefined ),
			] )
		).toEqual( { count: 5, tokens: [ 'a', 'b' ] } );
	} );

	it( 'is null when nothing was replaced, so the notice offers no Undo', () => {
		expect(
			replacedBy( [ job( { count: 0, undo: null } ), job( null ) ] )
		).toBeNull();
	} );

	it( 'counts a deletion whose token is gone but offers no token for it', () => {
		expect( replacedBy( [ job( { count: 1, undo: null } ) ] ) ).toEqual( {
			count: 1,
			tokens: [],
		} );
	} );
} );

describe( 'replacedMessage', () => {
	it( 'says how many ideas went, singular and plural', () => {
		expect( replacedMessage( 1 ) ).toBe(
			'1 idea not yet approved was replaced.'
		);
		expect( replacedMessage( 4 ) ).toBe(
			'4 ideas not yet approved were replaced.'
		);
	} );
} );

describe( 'finishedNotice', () => {
	const progress = ( jobs: JobSnapshot[], failures: string[] = [] ) => ( {
		percent: 100,
		step: '',
		finished: true,
		failures,
		completed: jobs,
	} );

	it( 'adds what a replace deleted and a Restore that sends its tokens', () => {
		const undo = vi.fn();
		const notice = finishedNotice(
			'generate_ideas',
			progress( [ job( { count: 2, undo: 'tok' } ) ] ),
			undo
		);
		expect( notice.status ).toBe( 'success' );
		expect( notice.message ).toBe(
			'Generate ideas finished (1 job). 2 ideas not yet approved were replaced.'
		);
		const action = notice.actions?.find(
			( { label } ) => label === 'Restore replaced ideas'
		);
		action?.onClick?.();
		expect( undo ).toHaveBeenCalledWith( [ 'tok' ] );
	} );

	it( 'offers no Restore when nothing was replaced, and says why jobs failed', () => {
		const plain = finishedNotice(
			'generate_ideas',
			progress( [ job( null ) ] ),
			vi.fn()
		);
		expect( plain.actions?.map( ( { label } ) => label ) ).not.toContain(
			'Restore replaced ideas'
		);
		const failed = finishedNotice(
			'generate_ideas',
			progress( [], [ 'The model refused.' ] ),
			vi.fn()
		);
		expect( failed.status ).toBe( 'error' );
		expect( failed.message ).toContain( 'The model refused.' );
	} );
} );
