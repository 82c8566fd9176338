/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { settle } from './follow';
import { MAX_RESULT_WAIT_POLLS, isFinal } from './progress';
import type { JobSnapshot } from './types';

const done = ( applied: boolean ): JobSnapshot => ( {
	id: 'j1',
	status: 'completed',
	progress: 100,
	step: null,
	error: null,
	credits_charged: 3,
	task_id: 7,
	applied,
	post: null,
} );

describe( 'settle', () => {
	it( 'keeps waiting for a finished job’s result, then stops waiting on screen', () => {
		const waits: Record< string, number > = {};
		for ( let read = 1; read <= MAX_RESULT_WAIT_POLLS; read++ ) {
			expect( isFinal( settle( 'j1', done( false ), waits ) ) ).toBe(
				false
			);
		}
		const last = settle( 'j1', done( false ), waits );
		expect( isFinal( last ) ).toBe( true );
		// The draft is not claimed: the screen says it is still being saved.
		expect( last.post ).toBeNull();
	} );

	it( 'counts the wait again from zero once the job is seen running', () => {
		const waits: Record< string, number > = { j1: MAX_RESULT_WAIT_POLLS };
		settle( 'j1', { ...done( false ), status: 'running' }, waits );
		expect( waits.j1 ).toBe( 0 );
		expect( settle( 'j1', done( true ), waits ).applied ).toBe( true );
	} );
} );
