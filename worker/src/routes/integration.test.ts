import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { call, createSite, registerTenant } from '../../test/helpers';

const TEST_CONNECTION = '/api/v1/integration/integrations/test-connection/';

describe( 'site-key authentication', () => {
	it( 'accepts the key in X-IGNY8-API-Key or as a Bearer token', async () => {
		const site = await createSite( await registerTenant() );
		for ( const headers of [ { 'X-IGNY8-API-Key': site.apiKey }, { Authorization: `Bearer ${ site.apiKey }` } ] as Array<Record<string, string>> ) {
			const response = await call( 'POST', TEST_CONNECTION, { body: {}, headers } );
			expect( response.status ).toBe( 200 );
		}
	} );

	it( 'answers 401 in the envelope for a missing or wrong key', async () => {
		const site = await createSite( await registerTenant() );
		const wrong = `${ site.apiKey.slice( 0, -4 ) }AAAA`;
		for ( const headers of [ {}, { 'X-IGNY8-API-Key': wrong }, { Authorization: `Bearer ${ wrong }` }, { 'X-IGNY8-API-Key': 'nonsense' } ] as Array<Record<string, string>> ) {
			const response = await call( 'POST', TEST_CONNECTION, { body: {}, headers } );
			expect( response.status ).toBe( 401 );
			expect( response.body.success ).toBe( false );
		}
	} );
} );

describe( 'POST /api/v1/integration/integrations/test-connection/', () => {
	it( 'stores the delivery URL and metadata and returns the webhook secret', async () => {
		const tenant = await registerTenant( 'Northwind' );
		const site = await createSite( tenant, 'Northwind blog' );
		const registered = await env.DB.prepare( 'SELECT url FROM sites WHERE id = ?' ).bind( site.id ).first<{ url: string }>();
		const deliveryUrl = `${ registered!.url }/wp-json/igny8/v1/deliveries`;
		const response = await call<Record<string, any>>( 'POST', TEST_CONNECTION, {
			headers: { 'X-IGNY8-API-Key': site.apiKey },
			body: {
				site_url: registered!.url,
				delivery_url: deliveryUrl,
				wp_version: '6.8.1',
				plugin_version: '0.1.0',
				post_types: [ 'post', 'page' ],
				language: 'en_US',
			},
		} );
		expect( response.status ).toBe( 200 );
		expect( response.body.data ).toMatchObject( {
			site: { id: site.id, name: 'Northwind blog' },
			account: { id: tenant.accountId, name: 'Northwind' },
			balance: { credits: 2000, low_balance_threshold: 100, low_balance: false },
			delivery: { mode: 'push', signature_header: 'X-IGNY8-Signature' },
		} );
		const row = await env.DB.prepare( 'SELECT delivery_url, metadata, last_seen_at, webhook_secret FROM sites WHERE id = ?' ).bind( site.id ).first<Record<string, string | number>>();
		expect( response.body.data.delivery.webhook_secret ).toMatch( /^igny8_whsec_[A-Za-z0-9_-]{43}$/ );
		expect( row?.delivery_url ).toBe( deliveryUrl );
		expect( JSON.parse( String( row?.metadata ) ) ).toMatchObject( { wp_version: '6.8.1', post_types: [ 'post', 'page' ], language: 'en_US' } );
		expect( row?.last_seen_at ).toBeGreaterThan( Date.now() - 60_000 );
	} );

	it( 'validates the URLs it is given', async () => {
		const site = await createSite( await registerTenant() );
		const response = await call( 'POST', TEST_CONNECTION, { headers: { 'X-IGNY8-API-Key': site.apiKey }, body: { delivery_url: 'ftp://nope' } } );
		expect( response.status ).toBe( 400 );
		expect( response.body.errors?.delivery_url ).toBeTruthy();
	} );
} );

describe( 'GET /api/v1/billing/balance/', () => {
	it( 'answers for a site key and for a user token of the same account', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const bySite = await call( 'GET', '/api/v1/billing/balance/', { headers: { 'X-IGNY8-API-Key': site.apiKey } } );
		const byUser = await call( 'GET', '/api/v1/billing/balance/', { headers: { Authorization: `Bearer ${ tenant.access }` } } );
		expect( bySite.body.data ).toEqual( { credits: 2000, allowance_credits: 2000, topup_credits: 0, low_balance_threshold: 100, low_balance: false, warning: null, account_status: 'trial', grace_until: null, account_notice: null } );
		expect( byUser.body.data ).toEqual( bySite.body.data );
		expect( ( await call( 'GET', '/api/v1/billing/balance/' ) ).status ).toBe( 401 );
	} );
} );
