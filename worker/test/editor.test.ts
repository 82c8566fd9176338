/**
 * The editor API: short-lived tokens minted by WordPress, CORS for the site's own origin only,
 * the streamed rewrite and the meta/FAQ/key-takeaways functions charged once through the ledger. Runs
 * against the fake model (a test double) started by global-setup.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { signEditorToken, type EditorClaims, type EditorScope } from '../src/services/editor-token';
import { app, balanceOf, scriptFaults, connectSite, createSite, expectLedgerConsistent, ledgerOf, registerTenant, unique } from './helpers';

interface Fixture {
	siteId: string;
	apiKey: string;
	secret: string;
	origin: string;
	accountId: string;
}

async function fixture(): Promise<Fixture> {
	const tenant = await registerTenant();
	const site = await createSite( tenant );
	const { secret } = await connectSite( site.apiKey );
	const row = await env.DB.prepare( 'SELECT url FROM sites WHERE id = ?' ).bind( site.id ).first<{ url: string }>();
	return { siteId: site.id, apiKey: site.apiKey, secret, origin: new URL( row!.url ).origin, accountId: tenant.accountId };
}

function claims( f: Fixture, scope: EditorScope, overrides: Partial<EditorClaims> = {} ): EditorClaims {
	const now = Math.floor( Date.now() / 1000 );
	return { site: f.siteId, user: 1, post: 42, scope, iat: now, exp: now + 300, jti: unique( 'jti' ), ...overrides };
}

async function post( f: Fixture, action: string, token: string, body: unknown, origin?: string ) {
	const headers: Record<string, string> = { 'Content-Type': 'application/json', Authorization: `Bearer ${ token }` };
	if ( origin ) headers.Origin = origin;
	return app.request( `/api/v1/ai/editor/${ f.siteId }/${ action }`, { method: 'POST', headers, body: JSON.stringify( body ) }, env );
}

/** Parses a server-sent event stream into [event, data] pairs. */
async function events( response: Response ): Promise<Array<[ string, Record<string, unknown> ]>> {
	const text = await response.text();
	return text
		.split( '\n\n' )
		.filter( ( block ) => block.trim() !== '' )
		.map( ( block ) => {
			const name = /^event: (.+)$/m.exec( block )?.[ 1 ] ?? '';
			const data = /^data: (.+)$/m.exec( block )?.[ 1 ] ?? '{}';
			return [ name, JSON.parse( data ) as Record<string, unknown> ];
		} );
}

const rewriteBody = { text: 'Compost needs air. Turn the pile weekly. Keep it damp. Add brown leaves.', mode: 'shorter' };

describe( 'editor tokens', () => {
	it( 'rejects forged, expired, over-long and wrong-scope tokens, and tokens of another site', async () => {
		const f = await fixture();
		const other = await fixture();
		const now = Math.floor( Date.now() / 1000 );
		const cases: Array<[ string, string, number ]> = [
			[ 'forged (wrong secret)', await signEditorToken( 'not-the-secret', claims( f, 'rewrite' ) ), 401 ],
			[ 'tampered payload', ( await signEditorToken( f.secret, claims( f, 'rewrite' ) ) ).replace( /^[^.]{4}/, 'AAAA' ), 401 ],
			[ 'expired', await signEditorToken( f.secret, claims( f, 'rewrite', { iat: now - 900, exp: now - 300 } ) ), 401 ],
			[ 'longer than 10 minutes', await signEditorToken( f.secret, claims( f, 'rewrite', { exp: now + 3600 } ) ), 401 ],
			[ 'wrong scope', await signEditorToken( f.secret, claims( f, 'meta' ) ), 403 ],
			[ 'another site’s token', await signEditorToken( other.secret, claims( other, 'rewrite' ) ), 401 ],
			[ 'not a token', 'garbage', 401 ],
		];
		for ( const [ label, token, status ] of cases ) {
			const response = await post( f, 'rewrite', token, rewriteBody );
			expect( response.status, label ).toBe( status );
			const body = ( await response.json() ) as { success: boolean; error: string };
			expect( body.success, label ).toBe( false );
			expect( body.error, label ).toMatch( /token|origin/i );
		}
		expect( ( await ledgerOf( f.accountId ) ).filter( ( row ) => row.kind === 'reserve' ) ).toEqual( [] );
	} );

	it( 'refuses a token once the site is suspended', async () => {
		const f = await fixture();
		await env.DB.prepare( "UPDATE sites SET status = 'suspended' WHERE id = ?" ).bind( f.siteId ).run();
		const response = await post( f, 'meta', await signEditorToken( f.secret, claims( f, 'meta' ) ), { title: 'Compost' } );
		expect( response.status ).toBe( 403 );
	} );
} );

describe( 'editor CORS', () => {
	it( 'answers the preflight for the site origin only', async () => {
		const f = await fixture();
		const preflight = ( origin: string ) =>
			app.request( `/api/v1/ai/editor/${ f.siteId }/rewrite`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' } }, env );
		const own = await preflight( f.origin );
		expect( own.status ).toBe( 204 );
		expect( own.headers.get( 'Access-Control-Allow-Origin' ) ).toBe( f.origin );
		expect( own.headers.get( 'Access-Control-Allow-Headers' ) ).toMatch( /Authorization/ );
		const foreign = await preflight( 'https://evil.example' );
		expect( foreign.status ).toBe( 403 );
		expect( foreign.headers.get( 'Access-Control-Allow-Origin' ) ).toBeNull();
	} );

	it( 'refuses a foreign origin even with a valid token, and never uses the global CORS list', async () => {
		const f = await fixture();
		const token = await signEditorToken( f.secret, claims( f, 'meta' ) );
		const response = await app.request(
			`/api/v1/ai/editor/${ f.siteId }/meta`,
			{ method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${ token }`, Origin: 'https://listed.example' }, body: JSON.stringify( { title: 'Compost' } ) },
			{ ...env, CORS_ORIGINS: 'https://listed.example' }
		);
		expect( response.status ).toBe( 403 );
		expect( response.headers.get( 'Access-Control-Allow-Origin' ) ).toBeNull();
	} );
} );

describe( 'editor actions', () => {
	it( 'streams a rewrite as server-sent events and charges credits once', async () => {
		const f = await fixture();
		const before = await balanceOf( f.apiKey );
		const response = await post( f, 'rewrite', await signEditorToken( f.secret, claims( f, 'rewrite' ) ), { ...rewriteBody, mode: 'longer' }, f.origin );
		expect( response.status ).toBe( 200 );
		expect( response.headers.get( 'Content-Type' ) ).toMatch( /text\/event-stream/ );
		expect( response.headers.get( 'Access-Control-Allow-Origin' ) ).toBe( f.origin );
		const received = await events( response );
		const chunks = received.filter( ( [ name ] ) => name === 'chunk' ).map( ( [ , data ] ) => String( data.text ) );
		expect( chunks.length ).toBeGreaterThan( 1 );
		expect( chunks.join( '' ) ).toBe( `${ rewriteBody.text } In practice, this means starting small and checking the results each week.` );
		const done = received.at( -1 )!;
		expect( done[ 0 ] ).toBe( 'done' );
		expect( done[ 1 ] ).toMatchObject( { function: 'rewrite', credits_charged: 1, prompt_version: 'default-1' } );
		expect( await balanceOf( f.apiKey ) ).toBe( before - 1 );
		const ledger = await ledgerOf( f.accountId );
		const jobId = String( done[ 1 ].job_id );
		expect( ledger.filter( ( row ) => row.job_id === jobId ).map( ( row ) => row.kind ) ).toEqual( [ 'reserve', 'settle' ] );
		const job = await env.DB.prepare( 'SELECT status, delivered_at, reference FROM jobs WHERE id = ?' ).bind( jobId ).first<{ status: string; delivered_at: number | null; reference: string }>();
		expect( job?.status ).toBe( 'completed' );
		expect( job?.delivered_at ).not.toBeNull();
		expect( JSON.parse( job!.reference ) ).toEqual( { post_id: 42, user_id: 1, source: 'editor' } );
		await expectLedgerConsistent( f.accountId );
	} );

	it( 'generates meta and an FAQ, charging each once', async () => {
		const f = await fixture();
		const before = await balanceOf( f.apiKey );
		const meta = await post( f, 'meta', await signEditorToken( f.secret, claims( f, 'meta' ) ), { title: 'Home composting guide', keyword: 'home composting', text: 'Compost at home.' }, f.origin );
		expect( meta.status ).toBe( 200 );
		const metaBody = ( await meta.json() ) as { data: { meta_title: string; meta_description: string; provenance: { credits_charged: number; balance: number } } };
		expect( metaBody.data.meta_title ).toContain( 'Home composting' );
		expect( metaBody.data.meta_description.length ).toBeLessThanOrEqual( 160 );
		expect( metaBody.data.provenance.credits_charged ).toBe( 1 );
		const faq = await post( f, 'faq', await signEditorToken( f.secret, claims( f, 'faq' ) ), { title: 'Home composting guide', keyword: 'home composting', count: 3 } );
		const faqBody = ( await faq.json() ) as { data: { items: Array<{ question: string; answer: string }>; provenance: { credits_charged: number; balance: number } } };
		expect( faqBody.data.items ).toHaveLength( 3 );
		expect( faqBody.data.items[ 0 ]!.question ).toMatch( /home composting/ );
		const spent = metaBody.data.provenance.credits_charged + faqBody.data.provenance.credits_charged;
		expect( await balanceOf( f.apiKey ) ).toBe( before - spent );
		expect( faqBody.data.provenance.balance ).toBe( before - spent );
		const reserves = ( await ledgerOf( f.accountId ) ).filter( ( row ) => row.kind === 'reserve' );
		expect( reserves ).toHaveLength( 2 );
		await expectLedgerConsistent( f.accountId );
	} );

	it( 'fills key takeaways, charging once, and refunds when the model’s answer never fits the schema', async () => {
		const f = await fixture();
		const before = await balanceOf( f.apiKey );
		const token = async () => signEditorToken( f.secret, claims( f, 'takeaways' ) );
		// A token for another action is refused before anything is reserved.
		expect( ( await post( f, 'takeaways', await signEditorToken( f.secret, claims( f, 'faq' ) ), { title: 'Compost' } ) ).status ).toBe( 403 );
		expect( ( await post( f, 'takeaways', await token(), { title: 'Compost', count: 20 } ) ).status ).toBe( 400 );
		expect( ( await ledgerOf( f.accountId ) ).filter( ( row ) => row.kind === 'reserve' ) ).toEqual( [] );

		const response = await post( f, 'takeaways', await token(), { title: 'Home composting guide', keyword: 'home composting', text: 'Compost at home.', count: 3 }, f.origin );
		expect( response.status ).toBe( 200 );
		expect( response.headers.get( 'Access-Control-Allow-Origin' ) ).toBe( f.origin );
		const body = ( await response.json() ) as { data: { items: string[]; provenance: { job_id: string; function: string; credits_charged: number; balance: number } } };
		expect( body.data.items ).toEqual( [ 'Start home composting small and build up week by week.', 'Good equipment makes home composting safer and more fun.', 'Check your progress with home composting every week and adjust.' ] );
		expect( body.data.provenance ).toMatchObject( { function: 'generate_takeaways', credits_charged: 1, balance: before - 1 } );
		expect( await balanceOf( f.apiKey ) ).toBe( before - 1 );
		const jobId = body.data.provenance.job_id;
		expect( ( await ledgerOf( f.accountId ) ).filter( ( row ) => row.job_id === jobId ).map( ( row ) => row.kind ) ).toEqual( [ 'reserve', 'settle' ] );

		// Output that never parses (the fake model's malformed fault, on every retry): 502, all refunded.
		const title = unique( 'Malformed takeaways' );
		await scriptFaults( [ 'malformed', 'malformed', 'malformed', 'malformed', 'malformed' ], title );
		const failed = await post( f, 'takeaways', await token(), { title } );
		expect( failed.status ).toBe( 502 );
		expect( ( ( await failed.json() ) as { success: boolean; error: string } ).error ).toMatch( /No credits were charged/ );
		expect( await balanceOf( f.apiKey ) ).toBe( before - 1 );
		const kinds = ( await ledgerOf( f.accountId ) ).map( ( row ) => row.kind ).filter( ( kind ) => kind !== 'grant' && kind !== 'allowance' );
		expect( kinds ).toEqual( [ 'reserve', 'settle', 'reserve', 'refund' ] );
		await expectLedgerConsistent( f.accountId );
	} );

	it( 'refunds the reservation when the model fails and validates input before charging', async () => {
		const f = await fixture();
		const before = await balanceOf( f.apiKey );
		const invalid = await post( f, 'rewrite', await signEditorToken( f.secret, claims( f, 'rewrite' ) ), { text: '', mode: 'shorter' } );
		expect( invalid.status ).toBe( 400 );
		expect( ( await ledgerOf( f.accountId ) ).filter( ( row ) => row.kind === 'reserve' ) ).toEqual( [] );
		const title = unique( 'Failing' );
		await scriptFaults( [ '500', '500', '500', '500', '500' ], title );
		const failed = await post( f, 'meta', await signEditorToken( f.secret, claims( f, 'meta' ) ), { title } );
		expect( failed.status ).toBe( 502 );
		expect( await balanceOf( f.apiKey ) ).toBe( before );
		expect( ( await ledgerOf( f.accountId ) ).map( ( row ) => row.kind ).filter( ( kind ) => kind !== 'grant' && kind !== 'allowance' ) ).toEqual( [ 'reserve', 'refund' ] );
		await expectLedgerConsistent( f.accountId );
	} );
} );
