/**
 * The team in the portal: an invitation emailed through the mail sender (the local mailbox) and
 * accepted by its link, a role change that applies on the next click, a removal that ends the
 * member's portal sessions and API tokens at once, and an account that always keeps an owner.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, linkTokenFor, mailTo, unique } from './helpers';
import { Browser, PASSWORD, signUp } from './portal-helpers';

const userId = async ( email: string ) => ( await env.DB.prepare( 'SELECT id FROM users WHERE email = ?' ).bind( email ).first<{ id: string }>() )!.id;

describe( 'the team through the API', () => {
	it( 'changes roles and removes members for owners only, never the last owner', async () => {
		const owner = await signUp();
		const login = async ( email: string, password = PASSWORD ) => ( await call<{ access: string }>( 'POST', '/api/v1/auth/login/', { body: { email, password } } ) ).body.data.access;
		const ownerToken = { Authorization: `Bearer ${ await login( owner.email ) }` };
		const email = `${ unique( 'api-member' ) }@igny8.test`;
		expect( ( await call( 'POST', '/api/v1/auth/users/', { headers: ownerToken, body: { email, password: PASSWORD, role: 'viewer' } } ) ).status ).toBe( 201 );
		const memberToken = { Authorization: `Bearer ${ await login( email ) }` };
		const id = await userId( email );
		expect( ( await call( 'PATCH', `/api/v1/auth/users/${ id }/`, { headers: memberToken, body: { role: 'owner' } } ) ).status ).toBe( 403 );
		const changed = await call<{ role: string }>( 'PATCH', `/api/v1/auth/users/${ id }/`, { headers: ownerToken, body: { role: 'admin' } } );
		expect( changed.status ).toBe( 200 );
		expect( changed.body.data.role ).toBe( 'admin' );
		expect( ( await call( 'PATCH', `/api/v1/auth/users/${ id }/`, { headers: ownerToken, body: { role: 'chief' } } ) ).status ).toBe( 400 );
		const self = await userId( owner.email );
		const last = await call( 'PATCH', `/api/v1/auth/users/${ self }/`, { headers: ownerToken, body: { role: 'viewer' } } );
		expect( last.status ).toBe( 409 );
		expect( last.body.error ).toBe( 'The account needs at least one owner: make another member owner first.' );
		expect( ( await call( 'DELETE', `/api/v1/auth/users/${ self }/`, { headers: ownerToken } ) ).status ).toBe( 409 );
		expect( ( await call( 'DELETE', `/api/v1/auth/users/${ id }/`, { headers: ownerToken } ) ).status ).toBe( 200 );
		expect( ( await call( 'GET', '/api/v1/auth/me/', { headers: memberToken } ) ).status ).toBe( 401 );
	} );
} );

describe( 'the team', () => {
	it( 'invites by email, accepts by link, changes the role and removes the member everywhere at once', async () => {
		const owner = await signUp( 'Team Agency' );
		const email = `${ unique( 'member' ) }@igny8.test`;
		await owner.browser.get( '/portal/account' );
		const bad = await owner.browser.post( '/portal/team/invite', { email: 'not-an-email', role: 'viewer' } );
		expect( bad.status ).toBe( 400 );
		expect( bad.html ).toContain( 'value="not-an-email"' );
		const invited = await owner.browser.post( '/portal/team/invite', { email, role: 'viewer' } );
		expect( invited.status ).toBe( 201 );
		expect( invited.html ).toContain( `Invitation emailed to ${ email }.` );
		const [ mail ] = await mailTo( email );
		expect( mail?.subject ).toBe( 'You are invited to Team Agency on IGNY8' );
		expect( mail?.text ).toContain( `${ owner.email } invited you to join Team Agency on IGNY8 as viewer.` );

		const member = new Browser();
		const path = `/portal/invite/${ await linkTokenFor( email, '/portal/invite/' ) }`;
		expect( ( await member.get( path ) ).status ).toBe( 200 );
		expect( ( await member.post( path, { password: PASSWORD } ) ).status ).toBe( 303 );
		expect( ( await member.get( '/portal/sites' ) ).html ).toContain( 'Your role (viewer) can see sites but not change them.' );
		const api = await call<{ access: string; refresh: string }>( 'POST', '/api/v1/auth/login/', { body: { email, password: PASSWORD } } );
		expect( api.status ).toBe( 200 );

		// A member cannot manage the team.
		expect( ( await member.post( `/portal/team/${ await userId( owner.email ) }/role`, { role: 'viewer' } ) ).status ).toBe( 403 );

		const id = await userId( email );
		const promoted = await owner.browser.post( `/portal/team/${ id }/role`, { role: 'admin' } );
		expect( promoted.html ).toContain( 'Role changed to admin' );
		expect( ( await member.get( '/portal/sites' ) ).html ).toContain( 'Add a site' );

		const removed = await owner.browser.post( `/portal/team/${ id }/remove` );
		expect( removed.html ).toContain( `${ email } was removed and signed out everywhere.` );
		expect( removed.html ).not.toContain( `<td>${ email }</td>` );
		const after = await member.get( '/portal/sites' );
		expect( after.status ).toBe( 303 );
		expect( after.location ).toMatch( /^\/portal\/login\?/ );
		expect( ( await call( 'GET', '/api/v1/auth/me/', { headers: { Authorization: `Bearer ${ api.body.data.access }` } } ) ).status ).toBe( 401 );
		expect( ( await call( 'POST', '/api/v1/auth/refresh/', { body: { refresh: api.body.data.refresh } } ) ).status ).toBe( 401 );
		expect( ( await call( 'POST', '/api/v1/auth/login/', { body: { email, password: PASSWORD } } ) ).status ).toBe( 401 );

		// Invited back later, they join again with the new role and password (the old ones stay dead).
		expect( ( await owner.browser.post( '/portal/team/invite', { email, role: 'viewer' } ) ).status ).toBe( 201 );
		const again = new Browser();
		const back = `/portal/invite/${ await linkTokenFor( email, '/portal/invite/' ) }`;
		await again.get( back );
		expect( ( await again.post( back, { password: 'a brand new password' } ) ).status ).toBe( 303 );
		expect( await env.DB.prepare( 'SELECT id, role, is_active FROM users WHERE email = ?' ).bind( email ).first() ).toEqual( { id, role: 'viewer', is_active: 1 } );
		expect( ( await call( 'POST', '/api/v1/auth/login/', { body: { email, password: PASSWORD } } ) ).status ).toBe( 401 );
		expect( ( await call( 'POST', '/api/v1/auth/refresh/', { body: { refresh: api.body.data.refresh } } ) ).status ).toBe( 401 );
		// Someone else's member cannot be invited.
		const other = await signUp();
		await other.browser.get( '/portal/account' );
		expect( ( await other.browser.post( '/portal/team/invite', { email: owner.email, role: 'viewer' } ) ).status ).toBe( 400 );
	} );

	it( 'never leaves the account without an owner', async () => {
		const owner = await signUp();
		const self = await userId( owner.email );
		await owner.browser.get( '/portal/account' );
		const demote = await owner.browser.post( `/portal/team/${ self }/role`, { role: 'admin' } );
		expect( demote.status ).toBe( 409 );
		expect( demote.html ).toContain( 'The account needs at least one owner: make another member owner first.' );
		expect( ( await owner.browser.post( `/portal/team/${ self }/remove` ) ).status ).toBe( 409 );
		expect( await env.DB.prepare( 'SELECT role, is_active FROM users WHERE id = ?' ).bind( self ).first() ).toEqual( { role: 'owner', is_active: 1 } );

		// With a second owner, the first may step down; the second is then the last and stays.
		const email = `${ unique( 'co-owner' ) }@igny8.test`;
		await owner.browser.post( '/portal/team/invite', { email, role: 'admin' } );
		const second = new Browser();
		const path = `/portal/invite/${ await linkTokenFor( email, '/portal/invite/' ) }`;
		await second.get( path );
		await second.post( path, { password: PASSWORD } );
		const secondId = await userId( email );
		expect( ( await owner.browser.post( `/portal/team/${ secondId }/role`, { role: 'owner' } ) ).status ).toBe( 200 );
		expect( ( await owner.browser.post( `/portal/team/${ self }/role`, { role: 'viewer' } ) ).status ).toBe( 200 );
		await second.get( '/portal/account' );
		expect( ( await second.post( `/portal/team/${ secondId }/remove` ) ).status ).toBe( 409 );
		expect( ( await second.post( `/portal/team/${ self }/remove` ) ).status ).toBe( 200 );
		// Another account's member is not ours to touch.
		const stranger = await signUp();
		await stranger.browser.get( '/portal/account' );
		expect( ( await stranger.browser.post( `/portal/team/${ secondId }/role`, { role: 'viewer' } ) ).status ).toBe( 404 );
	} );
} );
