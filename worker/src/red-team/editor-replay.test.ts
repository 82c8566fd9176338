/**
 * Red team: replaying an editor token copied out of the browser to spend the site's credits.
 * Model answers come from the fake model (a test double) started by global-setup.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { signEditorToken, type EditorScope } from '../services/editor-token';
import { app, balanceOf, connectSite, createSite, ledgerOf, registerTenant, unique } from '../../test/helpers';

async function site() {
	const tenant = await registerTenant();
	const created = await createSite( tenant );
	const { secret } = await connectSite( created.apiKey );
	return { ...created, secret, accountId: tenant.accountId };
}

async function tokenFor( target: { id: string; secret: string }, scope: EditorScope, jti = unique( 'jti' ) ) {
	const now = Math.floor( Date.now() / 1000 );
	return signEditorToken( target.secret, { site: target.id, user: 1, post: 7, scope, iat: now, exp: now + 600, jti } );
}

const use = ( target: { id: string }, action: string, token: string, body: unknown ) =>
	app.request( `/api/v1/ai/editor/${ target.id }/${ action }`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ token }` }, body: JSON.stringify( body ) }, env );

const metaBody = { title: 'Home composting guide', keyword: 'home composting', text: 'Compost at home.' };

describe( 'red team: editor token replay', () => {
	it( 'a token for a charged action works once; a replay is refused with 409 and charges nothing', async () => {
		const target = await site();
		const token = await tokenFor( target, 'meta' );
		const first = await use( target, 'meta', token, metaBody );
		expect( first.status ).toBe( 200 );
		const afterFirst = await balanceOf( target.apiKey );
		const reservesAfterFirst = ( await ledgerOf( target.accountId ) ).filter( ( row ) => row.kind === 'reserve' ).length;

		for ( let i = 0; i < 3; i++ ) {
			const replay = await use( target, 'meta', token, metaBody );
			expect( replay.status ).toBe( 409 );
			expect( await replay.json() ).toMatchObject( { success: false, error: expect.stringMatching( /already used/ ), request_id: expect.any( String ) } );
		}
		expect( await balanceOf( target.apiKey ) ).toBe( afterFirst );
		expect( ( await ledgerOf( target.accountId ) ).filter( ( row ) => row.kind === 'reserve' ) ).toHaveLength( reservesAfterFirst );
	} );

	it( 'a replayed streaming rewrite token is refused before any model call', async () => {
		const target = await site();
		const token = await tokenFor( target, 'rewrite' );
		const body = { text: 'Compost needs air. Turn the pile weekly.', mode: 'shorter' };
		const first = await use( target, 'rewrite', token, body );
		expect( first.status ).toBe( 200 );
		await first.text();
		const replay = await use( target, 'rewrite', token, body );
		expect( replay.status ).toBe( 409 );
	} );

	it( 'the same jti on another site is that site’s own (spent per site)', async () => {
		const one = await site();
		const two = await site();
		const jti = unique( 'shared-jti' );
		expect( ( await use( one, 'meta', await tokenFor( one, 'meta', jti ), metaBody ) ).status ).toBe( 200 );
		expect( ( await use( two, 'meta', await tokenFor( two, 'meta', jti ), metaBody ) ).status ).toBe( 200 );
	} );
} );
