/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { createFirstScoreGate } from '../lib/first-score';

/** A timer the test fires by hand. */
function manualTimer() {
	const tasks: Array< { task: () => void; ms: number } > = [];
	const setTimer = ( task: () => void, ms: number ) =>
		tasks.push( { task, ms } );
	return { tasks, setTimer };
}

/** Whether `promise` has settled once pending microtasks have run. */
async function isSettled( promise: Promise< void > ): Promise< boolean > {
	let settled = false;
	void promise.then( () => {
		settled = true;
	} );
	await new Promise( ( resolve ) => setTimeout( resolve, 0 ) );
	return settled;
}

describe( 'first score gate', () => {
	it( 'holds a request back until the first score is shown', async () => {
		const timer = manualTimer();
		const gate = createFirstScoreGate( 1500, timer.setTimer );
		const waiting = gate.after();
		expect( await isSettled( waiting ) ).toBe( false );
		gate.shown();
		expect( await isSettled( waiting ) ).toBe( true );
		// Later requests go at once.
		expect( await isSettled( gate.after() ) ).toBe( true );
	} );

	it( 'lets requests go after the wait when no score is shown', async () => {
		const timer = manualTimer();
		const gate = createFirstScoreGate( 1500, timer.setTimer );
		const first = gate.after();
		const second = gate.after();
		// One timer for every waiting request, started by the first ask.
		expect( timer.tasks.map( ( entry ) => entry.ms ) ).toEqual( [ 1500 ] );
		expect( await isSettled( first ) ).toBe( false );
		timer.tasks[ 0 ]?.task();
		expect( await isSettled( first ) ).toBe( true );
		expect( await isSettled( second ) ).toBe( true );
	} );

	it( 'starts no timer until a request waits', () => {
		const timer = manualTimer();
		const gate = createFirstScoreGate( 1500, timer.setTimer );
		gate.shown();
		expect( timer.tasks ).toHaveLength( 0 );
	} );
} );
