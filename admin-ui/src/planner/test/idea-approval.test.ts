/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { approvalNotice } from '../idea-approval';

describe( 'approvalNotice', () => {
	it( 'says how many ideas were approved and where they go next', () => {
		const notice = approvalNotice(
			{ updated: [ 1, 2 ], skipped: [] },
			true
		);
		expect( notice.status ).toBe( 'success' );
		expect( notice.message ).toBe( '2 ideas approved.' );
		expect( notice.nextStep ).toMatch( /Automation rules/ );
	} );

	it( 'names every skipped idea and why', () => {
		const notice = approvalNotice(
			{
				updated: [ 1 ],
				skipped: [
					{
						id: 4,
						title: 'Worm bins',
						reason: 'It is already a draft.',
					},
					{ id: 9, title: '', reason: 'This idea no longer exists.' },
				],
			},
			false
		);
		expect( notice.status ).toBe( 'warning' );
		expect( notice.message ).toBe(
			'1 idea sent back to draft. 2 ideas skipped: “Worm bins” skipped: It is already a draft. “#9” skipped: This idea no longer exists.'
		);
	} );
} );
