/**
 * External dependencies
 */
import { describe, expect, it, vi } from 'vitest';

/**
 * Internal dependencies
 */
import {
	CREDITS_URL,
	partialRunNotice,
	retryRun,
	startedRows,
} from './partial';

const outOfCredits = {
	code: 'igny8_insufficient_credits',
	message:
		'Not enough credits: this job needs 10 credits and the balance is 4.',
	status: 402,
};

describe( 'partialRunNotice', () => {
	it( 'says how many started and how many did not, with the cloud’s reason', () => {
		const notice = partialRunNotice(
			'generate_content',
			3,
			[ 7, 8 ],
			outOfCredits
		);
		expect( notice.status ).toBe( 'warning' );
		expect( notice.message ).toBe(
			'Generate content: 3 started, 2 not started. Not enough credits: this job needs 10 credits and the balance is 4.'
		);
		expect( notice.actions ).toEqual( [
			{ label: 'Buy credits', url: CREDITS_URL },
		] );
	} );

	it( 'offers to retry exactly the ones not started once they can be', () => {
		const retry = vi.fn();
		const notice = partialRunNotice(
			'generate_content',
			1,
			[ 7, 8 ],
			outOfCredits,
			retry
		);
		const action = notice.actions?.find( ( a ) => a.onClick );
		expect( action?.label ).toBe( 'Retry the 2 not started' );
		action?.onClick?.();
		expect( retry ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'offers no credits link when the refusal was not about credits', () => {
		const notice = partialRunNotice(
			'optimize_content',
			1,
			[ 4 ],
			{ code: 'igny8_cloud_unreachable', message: 'Down.', status: 502 },
			() => undefined
		);
		expect( notice.actions?.map( ( a ) => a.label ) ).toEqual( [
			'Retry the 1 not started',
		] );
	} );
} );

describe( 'a run over "all" stopped part-way', () => {
	const all = { ids: [] as number[], extra: { all: true } };
	const stoppedAll = { notStarted: [ 5, 6, 7 ], startedCount: 4000 };

	it( 'counts the rows the route says started, never a negative number', () => {
		expect( startedRows( all, stoppedAll ) ).toBe( 4000 );
		expect(
			startedRows( all, { ...stoppedAll, startedCount: null } )
		).toBe( 0 );
		expect(
			startedRows(
				{ ids: [ 1, 2, 3, 4 ] },
				{ notStarted: [ 3, 4 ], startedCount: null }
			)
		).toBe( 2 );
	} );

	it( 'retries the same run over "all" rather than thousands of ids', () => {
		expect( retryRun( all, stoppedAll ) ).toEqual( all );
		expect(
			retryRun(
				{ ids: [ 1, 2, 3 ], extra: { replace: true } },
				{
					notStarted: [ 3 ],
				}
			)
		).toEqual( { ids: [ 3 ], extra: { replace: true } } );
	} );
} );
