/**
 * Bring your own provider key, against the real local D1 and queue and two fake models (test doubles):
 * IGNY8's, and a second one that answers only to the site's own key. The key is checked on save, sealed,
 * never answered or logged, reaches only the site's provider, and the site pays the platform fee.
 */
import { env } from 'cloudflare:test';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { OWN_KEY_PLATFORM_FEE_CREDITS } from '../src/ai/pricing';
import { createDb } from '../src/db/client';
import { seal, unseal } from '../src/lib/secret-box';
import { openProvider, saveProvider } from '../src/services/site-provider';
import { createAiJob, ledgerTotals, runToEnd } from './ai-helpers';
import { addSite, signUp } from './portal-helpers';
import { asSite, balanceOf, call, createSite, expectLedgerConsistent, registerTenant, unique } from './helpers';

const OWN = () => ( { base_url: env.OWN_PROVIDER_URL, api_key: env.OWN_PROVIDER_KEY, models: [ 'gpt-4o-mini', 'gpt-image-1' ] } );

interface ProviderView {
	mode: string;
	base_url?: string;
	models?: string[];
	key_last4?: string;
}

async function statsOf( origin: string ): Promise<{ bearer_keys: Record<string, number>; unauthorized: number; requests: { total: number; chat_completions: number } }> {
	return ( await ( await fetch( `${ origin }/__stats` ) ).json() ) as never;
}

const putProvider = ( apiKey: string, body: unknown, envOverride: Partial<Cloudflare.Env> = {} ) =>
	call<ProviderView>( 'PUT', '/api/v1/site/provider/', { headers: asSite( apiKey ), body, env: envOverride } );

async function ownKeySite() {
	const tenant = await registerTenant();
	const site = await createSite( tenant );
	const saved = await putProvider( site.apiKey, OWN() );
	expect( saved.status, JSON.stringify( saved.body ) ).toBe( 200 );
	return { tenant, site };
}

let logs: MockInstance[] = [];
beforeEach( () => {
	logs = ( [ 'log', 'info', 'warn', 'error', 'debug' ] as const ).map( ( level ) => vi.spyOn( console, level ) );
} );
afterEach( () => {
	// Whatever a test did, the key never reached a log line.
	for ( const spy of logs ) {
		for ( const args of spy.mock.calls ) expect( JSON.stringify( args ) ).not.toContain( env.OWN_PROVIDER_KEY );
	}
	vi.restoreAllMocks();
} );

describe( 'the sealed key', () => {
	it( 'round-trips through AES-GCM and opens only for its own site', async () => {
		const sealed = await seal( env.PROVIDER_KEYS_ENCRYPTION_KEY!, 'sk-secret-1234', 'site-provider:a' );
		expect( sealed ).not.toContain( 'sk-secret' );
		expect( await unseal( env.PROVIDER_KEYS_ENCRYPTION_KEY!, sealed, 'site-provider:a' ) ).toBe( 'sk-secret-1234' );
		await expect( unseal( env.PROVIDER_KEYS_ENCRYPTION_KEY!, sealed, 'site-provider:b' ) ).rejects.toThrow();
		await expect( unseal( env.ENCRYPTION_KEY!, sealed, 'site-provider:a' ) ).rejects.toThrow();
	} );

	it( 'is stored sealed, answered only as its last four characters, and opened for jobs', async () => {
		const { site } = await ownKeySite();
		const row = await env.DB.prepare( 'SELECT * FROM site_providers WHERE site_id = ?' ).bind( site.id ).first<Record<string, string>>();
		expect( JSON.stringify( row ) ).not.toContain( env.OWN_PROVIDER_KEY );
		expect( row?.key_last4 ).toBe( env.OWN_PROVIDER_KEY.slice( -4 ) );
		const read = await call<ProviderView>( 'GET', '/api/v1/site/provider/', { headers: asSite( site.apiKey ) } );
		expect( read.body.data ).toEqual( { mode: 'own_key', base_url: env.OWN_PROVIDER_URL, models: [ 'gpt-4o-mini', 'gpt-image-1' ], key_last4: env.OWN_PROVIDER_KEY.slice( -4 ), updated_at: expect.any( String ), platform_fee: OWN_KEY_PLATFORM_FEE_CREDITS } );
		expect( JSON.stringify( read.body ) ).not.toContain( env.OWN_PROVIDER_KEY );
		const provider = await createDb( env.DB ).query.siteProviders.findFirst( { where: ( table, { eq } ) => eq( table.siteId, site.id ) } );
		expect( ( await openProvider( provider!, env.PROVIDER_KEYS_ENCRYPTION_KEY! ) ).apiKey ).toBe( env.OWN_PROVIDER_KEY );
	} );
} );

describe( 'PUT /api/v1/site/provider', () => {
	it( 'checks the key with the provider’s models list and refuses a wrong one with the provider’s message', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const before = await statsOf( env.OWN_PROVIDER_ORIGIN );
		const refused = await putProvider( site.apiKey, { ...OWN(), api_key: 'sk-wrong-key-00000000' } );
		expect( refused.status ).toBe( 400 );
		expect( refused.body.error ).toMatch( /^The provider refused the key \(401\): Incorrect API key provided/ );
		expect( refused.body.errors?.api_key?.[ 0 ] ).toMatch( /401/ );
		expect( ( await statsOf( env.OWN_PROVIDER_ORIGIN ) ).unauthorized ).toBeGreaterThan( before.unauthorized );
		const read = await call<ProviderView>( 'GET', '/api/v1/site/provider/', { headers: asSite( site.apiKey ) } );
		expect( read.body.data ).toEqual( { mode: 'credits', platform_fee: OWN_KEY_PLATFORM_FEE_CREDITS } );
	} );

	it( 'refuses models the provider does not list', async () => {
		const site = await createSite( await registerTenant() );
		const refused = await putProvider( site.apiKey, { ...OWN(), models: [ 'gpt-4o-mini', 'no-such-model' ] } );
		expect( refused.status ).toBe( 400 );
		expect( refused.body.errors?.models?.[ 0 ] ).toMatch( /does not offer no-such-model/ );
	} );

	it( 'refuses internal addresses (SSRF): loopback outside local stacks, private ranges and plain http', async () => {
		const site = await createSite( await registerTenant() );
		const production = { ENVIRONMENT: 'production', JWT_SECRET: 'x'.repeat( 40 ), OPENAI_BASE_URL: 'https://api.openai.com/v1' };
		const cases: Array<[ string, Partial<Cloudflare.Env>, RegExp ]> = [
			[ env.OWN_PROVIDER_URL, production, /not this machine/ ],
			[ 'https://localhost/v1', production, /not this machine/ ],
			[ 'https://10.1.2.3/v1', {}, /private or link-local/ ],
			[ 'https://169.254.169.254/latest', {}, /private or link-local/ ],
			[ 'https://[fd00::1]/v1', {}, /private or link-local/ ],
			[ 'http://models.example/v1', {}, /must start with https/ ],
			[ 'https://user:pass@models.example/v1', {}, /user name or password/ ],
		];
		const before = await statsOf( env.OWN_PROVIDER_ORIGIN );
		for ( const [ baseUrl, envOverride, message ] of cases ) {
			const refused = await putProvider( site.apiKey, { ...OWN(), base_url: baseUrl }, envOverride );
			expect( refused.status, baseUrl ).toBe( 400 );
			expect( refused.body.errors?.base_url?.[ 0 ], baseUrl ).toMatch( message );
		}
		// Refused before any request left the Worker.
		expect( ( await statsOf( env.OWN_PROVIDER_ORIGIN ) ).requests.total ).toBe( before.requests.total );
		expect( await env.DB.prepare( 'SELECT COUNT(*) AS n FROM site_providers WHERE site_id = ?' ).bind( site.id ).first( 'n' ) ).toBe( 0 );
	} );

	it( 'answers 503 naming the setting when the Worker has no key to seal with', async () => {
		const site = await createSite( await registerTenant() );
		const refused = await putProvider( site.apiKey, OWN(), { PROVIDER_KEYS_ENCRYPTION_KEY: undefined } );
		expect( refused.status ).toBe( 503 );
		expect( refused.body.error ).toMatch( /PROVIDER_KEYS_ENCRYPTION_KEY/ );
	} );

	it( 'needs a site key', async () => {
		const tenant = await registerTenant();
		const asOwner = await call( 'PUT', '/api/v1/site/provider/', { headers: { Authorization: `Bearer ${ tenant.access }` }, body: OWN() } );
		expect( asOwner.status ).toBe( 403 );
		expect( ( await call( 'GET', '/api/v1/site/provider/' ) ).status ).toBe( 401 );
	} );
} );

describe( 'jobs on the site’s own key', () => {
	it( 'send the site’s key to its provider (never IGNY8’s), reserve and charge only the platform fee', async () => {
		const { tenant, site } = await ownKeySite();
		const estimate = await call<{ credits: number; billing: string; platform_fee: number }>( 'POST', '/api/v1/ai/jobs/estimate/', {
			headers: asSite( site.apiKey ),
			body: { function: 'generate_content', input: { title: 'x' } },
		} );
		expect( estimate.body.data ).toMatchObject( { credits: OWN_KEY_PLATFORM_FEE_CREDITS, billing: 'own_key', platform_fee: OWN_KEY_PLATFORM_FEE_CREDITS } );
		const balance = await balanceOf( site.apiKey );
		const ownBefore = await statsOf( env.OWN_PROVIDER_ORIGIN );
		const job = await createAiJob( site.apiKey, 'generate_content', { title: unique( 'Own key article' ) } );
		expect( job.credits_reserved ).toBe( OWN_KEY_PLATFORM_FEE_CREDITS );
		const done = await runToEnd( site.apiKey, job.id );
		expect( done.status, done.error ?? '' ).toBe( 'completed' );
		expect( done.credits_charged ).toBe( OWN_KEY_PLATFORM_FEE_CREDITS );
		expect( await balanceOf( site.apiKey ) ).toBe( balance - OWN_KEY_PLATFORM_FEE_CREDITS );
		const own = await statsOf( env.OWN_PROVIDER_ORIGIN );
		expect( own.requests.chat_completions ).toBeGreaterThan( ownBefore.requests.chat_completions );
		expect( ( own.bearer_keys[ env.OWN_PROVIDER_KEY ] ?? 0 ) - ( ownBefore.bearer_keys[ env.OWN_PROVIDER_KEY ] ?? 0 ) ).toBeGreaterThan( 0 );
		expect( own.bearer_keys[ env.OPENAI_API_KEY! ] ).toBeUndefined();
		expect( ( await statsOf( env.FAKE_MODEL_ORIGIN ) ).bearer_keys[ env.OWN_PROVIDER_KEY ] ).toBeUndefined();
		expect( await ledgerTotals( tenant.accountId ) ).toMatchObject( { reserve: -OWN_KEY_PLATFORM_FEE_CREDITS } );
		await expectLedgerConsistent( tenant.accountId );
	} );

	it( 'may use only the models the site declared', async () => {
		const { site } = await ownKeySite();
		const models = await call<{ billing: string; functions: Record<string, { default: string; allowed: string[] }> }>( 'GET', '/api/v1/ai/models/', { headers: asSite( site.apiKey ) } );
		expect( models.body.data.billing ).toBe( 'own_key' );
		expect( models.body.data.functions.generate_content ).toEqual( { default: 'gpt-4o-mini', allowed: [ 'gpt-4o-mini' ] } );
		expect( models.body.data.functions.generate_images ).toEqual( { default: 'gpt-image-1', allowed: [ 'gpt-image-1' ] } );
		const refused = await call( 'POST', '/api/v1/ai/jobs/', { headers: asSite( site.apiKey ), body: { function: 'generate_content', input: { title: 'x' }, model: 'gpt-4o' } } );
		expect( refused.status ).toBe( 400 );
		expect( refused.body.errors?.model?.[ 0 ] ).toMatch( /Use one of: gpt-4o-mini\./ );
	} );

	it( 'fail with the provider’s message and refund the fee when the provider refuses the key (401)', async () => {
		const { tenant, site } = await ownKeySite();
		// The customer revoked the key at the provider after saving it.
		const db = createDb( env.DB );
		const current = ( await db.query.sites.findFirst( { where: ( table, { eq } ) => eq( table.id, site.id ) } ) )!;
		await saveProvider( { db, secret: env.PROVIDER_KEYS_ENCRYPTION_KEY! }, current, { ...OWN(), api_key: 'sk-revoked-by-customer-9999' } );
		const balance = await balanceOf( site.apiKey );
		const job = await createAiJob( site.apiKey, 'generate_content', { title: unique( 'Revoked' ) } );
		const done = await runToEnd( site.apiKey, job.id );
		expect( done.status ).toBe( 'failed' );
		expect( done.error ).toMatch( /^Your provider \(.+\) failed: The model request was rejected: 401 Incorrect API key provided/ );
		expect( done.error ).not.toContain( 'sk-revoked-by-customer-9999' );
		expect( done.credits_charged ).toBe( 0 );
		expect( await balanceOf( site.apiKey ) ).toBe( balance );
		expect( await ledgerTotals( tenant.accountId ) ).toMatchObject( { reserve: -OWN_KEY_PLATFORM_FEE_CREDITS, refund: OWN_KEY_PLATFORM_FEE_CREDITS } );
		await expectLedgerConsistent( tenant.accountId );
	} );
} );

describe( 'provider limits', () => {
	it( 'fail an exhausted quota (429 insufficient_quota) at once, with the provider’s message, and refund the fee', async () => {
		const { tenant, site } = await ownKeySite();
		const title = unique( 'Quota' );
		const scripted = await fetch( `${ env.OWN_PROVIDER_ORIGIN }/__control`, { method: 'POST', body: JSON.stringify( { script: [ { fault: 'quota', match: title, times: 5 } ] } ) } );
		expect( scripted.status ).toBe( 200 );
		const before = await statsOf( env.OWN_PROVIDER_ORIGIN );
		const job = await createAiJob( site.apiKey, 'generate_content', { title } );
		const done = await runToEnd( site.apiKey, job.id );
		expect( done.status ).toBe( 'failed' );
		expect( done.error ).toMatch( /failed: The model request was rejected: 429 You exceeded your current quota/ );
		// Not retried: waiting does not refill a quota.
		expect( ( await statsOf( env.OWN_PROVIDER_ORIGIN ) ).requests.chat_completions - before.requests.chat_completions ).toBe( 1 );
		expect( await ledgerTotals( tenant.accountId ) ).toMatchObject( { reserve: -OWN_KEY_PLATFORM_FEE_CREDITS, refund: OWN_KEY_PLATFORM_FEE_CREDITS } );
		await expectLedgerConsistent( tenant.accountId );
	} );
} );

describe( 'switching back to credits', () => {
	it( 'deletes the key; the site’s next jobs run on IGNY8’s model for credits, with the same site key', async () => {
		const { site } = await ownKeySite();
		const queuedOnOwnKey = await createAiJob( site.apiKey, 'generate_content', { title: unique( 'Queued before switching' ) } );
		const removed = await call<ProviderView>( 'DELETE', '/api/v1/site/provider/', { headers: asSite( site.apiKey ) } );
		expect( removed.status ).toBe( 200 );
		expect( removed.body.data ).toEqual( { mode: 'credits', platform_fee: OWN_KEY_PLATFORM_FEE_CREDITS } );
		expect( await env.DB.prepare( 'SELECT COUNT(*) AS n FROM site_providers WHERE site_id = ?' ).bind( site.id ).first( 'n' ) ).toBe( 0 );

		const orphan = await runToEnd( site.apiKey, queuedOnOwnKey.id );
		expect( orphan.status ).toBe( 'failed' );
		expect( orphan.error ).toMatch( /switched back to IGNY8 credits/ );

		const ownBefore = await statsOf( env.OWN_PROVIDER_ORIGIN );
		const job = await createAiJob( site.apiKey, 'generate_content', { title: unique( 'Back on credits' ) } );
		expect( job.credits_reserved ).toBe( 10 );
		const done = await runToEnd( site.apiKey, job.id );
		expect( done.status, done.error ?? '' ).toBe( 'completed' );
		expect( done.credits_charged ).toBeGreaterThan( OWN_KEY_PLATFORM_FEE_CREDITS );
		expect( ( await statsOf( env.OWN_PROVIDER_ORIGIN ) ).requests.chat_completions ).toBe( ownBefore.requests.chat_completions );
	} );

	it( 'lets an own-key site and a credits site share one account', async () => {
		const { tenant, site: own } = await ownKeySite();
		const credits = await createSite( tenant, 'Credits blog' );
		const a = await createAiJob( own.apiKey, 'generate_content', { title: unique( 'Own' ) } );
		const b = await createAiJob( credits.apiKey, 'generate_content', { title: unique( 'Credits' ) } );
		expect( [ a.credits_reserved, b.credits_reserved ] ).toEqual( [ OWN_KEY_PLATFORM_FEE_CREDITS, 10 ] );
		const read = await call<ProviderView>( 'GET', '/api/v1/site/provider/', { headers: asSite( credits.apiKey ) } );
		expect( read.body.data.mode ).toBe( 'credits' );
	} );
} );

describe( 'the portal’s sites list', () => {
	it( 'shows which site pays with credits and which with its own key (last four characters only)', async () => {
		const { browser } = await signUp();
		const own = await addSite( browser, unique( 'Own key blog' ) );
		await addSite( browser, unique( 'Credits blog' ) );
		expect( ( await putProvider( own.apiKey, OWN() ) ).status ).toBe( 200 );
		const list = await browser.get( '/portal/sites' );
		expect( list.html ).toContain( '<th scope="col">AI billing</th>' );
		expect( list.html ).toContain( `Own key ••••${ env.OWN_PROVIDER_KEY.slice( -4 ) }` );
		expect( list.html ).toContain( 'IGNY8 credits' );
		expect( list.html ).not.toContain( env.OWN_PROVIDER_KEY );
	} );
} );
