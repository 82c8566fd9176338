/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { asRestError, errorToNotice } from '../errors';

describe( 'errorToNotice', () => {
	it( 'keeps the server message of an unreachable cloud and links to Settings', () => {
		const notice = errorToNotice(
			{
				code: 'igny8_cloud_unreachable',
				message:
					'Could not reach the IGNY8 cloud at http://127.0.0.1:8787. Check the Cloud URL, or start the cloud (npm start) and try again.',
				data: { status: 502 },
			},
			{ settingsUrl: 'admin.php?page=igny8-settings' }
		);
		expect( notice.status ).toBe( 'error' );
		expect( notice.message ).toContain( 'npm start' );
		// The message already says what to do; no second, repeated hint.
		expect( notice.nextStep ).toBeUndefined();
		expect( notice.actions?.[ 0 ]?.url ).toBe(
			'admin.php?page=igny8-settings'
		);
	} );

	it( 'tells the user to add credits when the balance is too low', () => {
		const notice = errorToNotice( {
			code: 'igny8_insufficient_credits',
			message:
				'Not enough credits: this job needs 40 credits and the balance is 10.',
			data: { status: 402 },
		} );
		expect( notice.nextStep ).toMatch( /credits/ );
	} );

	it( 'offers no Settings link to users who cannot open it', () => {
		const notice = errorToNotice( {
			code: 'igny8_not_connected',
			message: 'Not connected.',
		} );
		expect( notice.actions ).toBeUndefined();
	} );

	it( 'explains an offline browser', () => {
		const notice = errorToNotice( {
			code: 'fetch_error',
			message: 'You are probably offline.',
		} );
		expect( notice.nextStep ).toMatch( /network/ );
	} );
} );

describe( 'asRestError', () => {
	it( 'gives a generic message for values that are not errors', () => {
		expect( asRestError( undefined ).message ).not.toBe( '' );
		expect( asRestError( 42 ).code ).toBe( 'unknown_error' );
	} );

	it( 'accepts a plain string', () => {
		expect( asRestError( 'boom' ) ).toEqual( {
			code: 'unknown_error',
			message: 'boom',
		} );
	} );
} );

describe( 'a PHP fatal error answered as REST', () => {
	it( 'shows the message as text with the next step', () => {
		const notice = errorToNotice( {
			code: 'internal_server_error',
			message:
				'<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/">Learn more.</a></p>',
			data: { status: 500 },
		} );
		expect( notice.message ).toBe(
			'There has been a critical error on this website. Learn more.'
		);
		expect( notice.nextStep ).toContain( 'PHP error log' );
	} );
} );
