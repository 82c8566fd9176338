/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { readStarted } from './api';
import {
	awaitingResult,
	foldProgress,
	isFinal,
	jobPercent,
	jobStep,
} from './progress';
import type { JobSnapshot } from './types';

const job = (
	id: string,
	status: JobSnapshot[ 'status' ],
	progress = 0,
	step = '',
	error: string | null = null
): JobSnapshot => ( {
	id,
	status,
	progress,
	step,
	error,
	credits_charged: 0,
	task_id: null,
	post: null,
} );

describe( 'foldProgress', () => {
	it( 'shows the running job’s step and its percentage', () => {
		const progress = foldProgress(
			[ job( 'a', 'running', 40, 'Writing sections' ) ],
			1
		);
		expect( progress ).toMatchObject( {
			percent: 40,
			step: 'Writing sections',
			finished: false,
			failures: [],
		} );
	} );

	it( 'averages several jobs, counting the ones not yet read as 0', () => {
		const progress = foldProgress(
			[
				job( 'a', 'completed', 100 ),
				job( 'b', 'running', 50, 'Outline' ),
			],
			3
		);
		expect( progress.percent ).toBe( 50 );
		expect( progress.finished ).toBe( false );
		expect( progress.step ).toContain( '1 of 3' );
	} );

	it( 'is finished only when every expected job is final, and lists failures', () => {
		const progress = foldProgress(
			[
				job( 'a', 'completed' ),
				job( 'b', 'failed', 0, '', 'The model timed out.' ),
			],
			2
		);
		expect( progress ).toMatchObject( {
			percent: 100,
			finished: true,
			failures: [ 'The model timed out.' ],
		} );
		expect( progress.completed.map( ( one ) => one.id ) ).toEqual( [
			'a',
		] );
	} );

	it( 'says the run waits while no job has answered yet', () => {
		expect( foldProgress( [], 1 ) ).toMatchObject( {
			percent: 0,
			finished: false,
			step: 'Waiting in the queue…',
		} );
	} );

	it( 'never shows 100% for a running job', () => {
		expect(
			foldProgress( [ job( 'a', 'running', 100 ) ], 1 ).percent
		).toBe( 99 );
	} );
} );

describe( 'readStarted', () => {
	it( 'reads the three answer shapes of the start routes', () => {
		expect(
			readStarted( {
				job_id: 'j1',
				function: 'auto_cluster',
				status: 'queued',
			} )
		).toEqual( {
			jobIds: [ 'j1' ],
			createdIds: [],
			notStarted: [],
			startedCount: null,
			stopped: null,
		} );
		expect(
			readStarted( {
				jobs: [
					{ task_id: 1, job_id: 'j2' },
					{ task_id: 2, job_id: 'j3' },
				],
			} )
		).toEqual( {
			jobIds: [ 'j2', 'j3' ],
			createdIds: [],
			notStarted: [],
			startedCount: null,
			stopped: null,
		} );
		expect(
			readStarted( { tasks: [ { idea_id: 1, task_id: 7 } ] } )
		).toEqual( {
			jobIds: [],
			createdIds: [ 7 ],
			notStarted: [],
			startedCount: null,
			stopped: null,
		} );
	} );

	it( 'reads what a run refused part-way did not start, and why', () => {
		expect(
			readStarted( {
				jobs: [ { task_id: 1, job_id: 'j1' } ],
				started: 1,
				not_started: [ 2, 3, 'x' ],
				stopped: {
					code: 'igny8_insufficient_credits',
					message: 'Not enough credits.',
					status: 402,
				},
			} )
		).toEqual( {
			jobIds: [ 'j1' ],
			createdIds: [],
			notStarted: [ 2, 3 ],
			startedCount: 1,
			stopped: {
				code: 'igny8_insufficient_credits',
				message: 'Not enough credits.',
				status: 402,
			},
		} );
		expect(
			readStarted( { jobs: [], stopped: { oops: 1 } } ).stopped
		).toBe( null );
	} );
} );

describe( 'a finished job whose result is not on this site yet', () => {
	it( 'stays open at 99 % with its own step until `applied` says the result is here', () => {
		const finishedInCloud = {
			...job( 'a', 'completed', 100 ),
			applied: false,
		};
		expect( awaitingResult( finishedInCloud ) ).toBe( true );
		expect( isFinal( finishedInCloud ) ).toBe( false );
		const waiting = foldProgress( [ finishedInCloud ], 1 );
		expect( waiting ).toMatchObject( {
			finished: false,
			percent: 99,
			step: 'Saving the result on this site…',
		} );

		const applied = { ...finishedInCloud, applied: true };
		expect( isFinal( applied ) ).toBe( true );
		expect( foldProgress( [ applied ], 1 ) ).toMatchObject( {
			finished: true,
			percent: 100,
		} );
	} );

	it( 'treats a cancelled job as final (nothing will be applied) and an answer without `applied` as applied', () => {
		expect(
			isFinal( { ...job( 'c', 'cancelled' ), applied: false } )
		).toBe( true );
		expect( isFinal( job( 'old', 'failed' ) ) ).toBe( true );
		expect( awaitingResult( job( 'r', 'running', 50 ) ) ).toBe( false );
	} );
} );

describe( 'one job', () => {
	it( 'clamps its percentage to 0–99 until it is final, whatever the server sent', () => {
		expect( jobPercent( job( 'a', 'running', 140 ) ) ).toBe( 99 );
		expect( jobPercent( job( 'a', 'running', -3 ) ) ).toBe( 0 );
		expect( jobPercent( job( 'a', 'running', 41.6 ) ) ).toBe( 42 );
		expect( jobPercent( job( 'a', 'queued', Number.NaN ) ) ).toBe( 0 );
		expect( jobPercent( job( 'a', 'completed', 10 ) ) ).toBe( 100 );
	} );

	it( 'shows the step the cloud reports, or what the status means', () => {
		expect( jobStep( job( 'a', 'running', 10, 'Writing sections' ) ) ).toBe(
			'Writing sections'
		);
		expect( jobStep( job( 'a', 'queued' ) ) ).toBe(
			'Waiting in the queue…'
		);
		expect( jobStep( job( 'a', 'running' ) ) ).toBe( 'Working…' );
	} );
} );
