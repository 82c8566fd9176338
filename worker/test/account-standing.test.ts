/**
 * A suspended or cancelled account starts no job — neither a queued one nor an editor action — and
 * the refusal names the status, the reason and the next step; nothing is reserved. The portal says
 * the same on every page. Restoring the account lets jobs start again.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../src/db/client';
import { signEditorToken } from '../src/services/editor-token';
import { getBalance } from '../src/services/ledger';
import { StandingInputError, standingSql } from '../../scripts/lib/account-standing';
import { app, balanceOf, connectSite, createJob, ledgerOf, unique } from './helpers';
import { addSite, signUp } from './portal-helpers';

const setStatus = ( accountId: string, status: string, reason: string | null ) => env.DB.prepare( 'UPDATE accounts SET status = ?, status_reason = ? WHERE id = ?' ).bind( status, reason, accountId ).run();

describe( 'account standing', () => {
	it( 'refuses jobs and editor actions of a suspended or cancelled account with the reason, and reserves nothing', async () => {
		const { browser, accountId } = await signUp();
		const site = await addSite( browser, unique( 'Standing' ) );
		const { secret } = await connectSite( site.apiKey );
		const ledgerBefore = await ledgerOf( accountId );

		await setStatus( accountId, 'suspended', 'a chargeback is being reviewed' );
		const refused = await createJob( site.apiKey, { title: unique( 'Blocked' ) } );
		expect( refused.status ).toBe( 403 );
		expect( refused.body ).toMatchObject( {
			success: false,
			error: 'This IGNY8 account is suspended (a chargeback is being reviewed), so no new AI jobs can start. The account owner can see why in the IGNY8 portal and contact support to restore it.',
			errors: { account_status: [ 'suspended' ] },
		} );
		expect( refused.sent ).toEqual( [] );
		// WordPress shows the same reason on every admin screen, from the balance it fetches.
		expect( ( await getBalance( { db: createDb( env.DB ) }, accountId ) ).account_notice ).toBe(
			'The IGNY8 account is suspended: a chargeback is being reviewed. New AI jobs are refused until its owner resolves this in the IGNY8 portal.'
		);

		const now = Math.floor( Date.now() / 1000 );
		const token = await signEditorToken( secret, { site: site.id, user: 1, post: 42, scope: 'meta', iat: now, exp: now + 300, jti: unique( 'jti' ) } );
		const editor = await app.request( `/api/v1/ai/editor/${ site.id }/meta`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ token }` }, body: JSON.stringify( { title: 'Compost' } ) }, env );
		expect( editor.status ).toBe( 403 );
		expect( ( ( await editor.json() ) as { error: string } ).error ).toMatch( /^This IGNY8 account is suspended \(a chargeback is being reviewed\)/ );

		const page = await browser.get( '/portal/overview' );
		expect( page.html ).toContain( 'This account is suspended: a chargeback is being reviewed. Its sites cannot start new AI jobs.' );

		await setStatus( accountId, 'cancelled', null );
		const cancelled = await createJob( site.apiKey, { title: unique( 'Closed' ) } );
		expect( cancelled.status ).toBe( 403 );
		expect( cancelled.body.error ).toBe( 'This IGNY8 account is cancelled, so no new AI jobs can start. The account owner can contact support from the IGNY8 portal to reopen it.' );
		expect( ( await browser.get( '/portal/sites' ) ).html ).toContain( 'This account is cancelled. Its sites cannot start new AI jobs.' );

		expect( await ledgerOf( accountId ) ).toEqual( ledgerBefore );
		expect( await env.DB.prepare( 'SELECT COUNT(*) AS n FROM jobs WHERE account_id = ?' ).bind( accountId ).first() ).toEqual( { n: 0 } );

		// The free tier ("trial") and paying accounts start jobs.
		await setStatus( accountId, 'trial', null );
		const accepted = await createJob( site.apiKey, { title: unique( 'Allowed' ) } );
		expect( accepted.status ).toBe( 202 );
		expect( await balanceOf( site.apiKey ) ).toBe( 2000 - accepted.body.data.job.credits_reserved );
		expect( ( await browser.get( '/portal/overview' ) ).html ).not.toContain( 'This account is' );
	} );

	it( 'is set by the operator’s `npm run account` SQL: suspend with a reason, resume to what the subscription gives', async () => {
		const { browser, accountId } = await signUp();
		const site = await addSite( browser, unique( 'Operator' ) );
		// The SQL scripts/account.ts hands to `wrangler d1 execute`, one statement a line; the last reads the account back.
		const operator = async ( ...args: Parameters<typeof standingSql> ) => {
			const results = await env.DB.batch( standingSql( ...args ).split( '\n' ).map( ( statement ) => env.DB.prepare( statement ) ) );
			return results.at( -1 )!.results[ 0 ] as { status: string; status_reason: string | null };
		};

		const reason = "the card's owner disputed a payment";
		expect( await operator( 'suspend', accountId, reason ) ).toMatchObject( { status: 'suspended', status_reason: reason } );
		const refused = await createJob( site.apiKey, { title: unique( 'Refused' ) } );
		expect( refused.status ).toBe( 403 );
		expect( refused.body.error ).toBe( `This IGNY8 account is suspended (${ reason }), so no new AI jobs can start. The account owner can see why in the IGNY8 portal and contact support to restore it.` );
		expect( ( await browser.get( '/portal/usage' ) ).html ).toContain( 'This account is suspended: the card&#39;s owner disputed a payment. Its sites cannot start new AI jobs.' );

		expect( await operator( 'resume', accountId ) ).toEqual( expect.objectContaining( { status: 'trial', status_reason: null } ) );
		expect( ( await createJob( site.apiKey, { title: unique( 'Allowed again' ) } ) ).status ).toBe( 202 );
		expect( ( await browser.get( '/portal/overview' ) ).html ).not.toContain( 'This account is' );

		// An account Stripe still bills resumes as a paying one.
		await env.DB.prepare( "UPDATE accounts SET stripe_subscription_id = 'sub_operator_test', subscription_status = 'past_due' WHERE id = ?" ).bind( accountId ).run();
		expect( await operator( 'cancel', accountId, 'closed at the owner’s request' ) ).toMatchObject( { status: 'cancelled' } );
		expect( await operator( 'resume', accountId ) ).toMatchObject( { status: 'active', status_reason: null } );
	} );

	it( 'refuses operator input that is not an account id or a one-line reason, before any SQL exists', () => {
		const id = crypto.randomUUID();
		expect( () => standingSql( 'suspend', "x' OR 1=1 --", 'reason' ) ).toThrow( StandingInputError );
		expect( () => standingSql( 'suspend', id ) ).toThrow( /A reason is required/ );
		expect( () => standingSql( 'cancel', id, 'two\nlines' ) ).toThrow( /one line/ );
		expect( () => standingSql( 'suspend', id, 'x'.repeat( 201 ) ) ).toThrow( /at most 200/ );
		expect( standingSql( 'suspend', id, "it's '); DROP TABLE accounts; --" ) ).toContain( "status_reason = 'it''s ''); DROP TABLE accounts; --'" );
	} );
} );
