/**
 * Red team: SSRF through delivery_url. A site-key holder may only point deliveries at the site's own
 * registered host over https; IP literals in any notation and internal names are refused, redirects are
 * not followed, and repeated failures stop the pushes until a connection test succeeds.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db/client';
import { deliverJob, MAX_DELIVERY_FAILURES } from '../services/delivery';
import { asUser, call, deliveriesTo, failNextDeliveries, registerTenant, unique } from '../../test/helpers';
import { Browser, PASSWORD } from '../../test/portal-helpers';
import { connectedSiteWithJob, jobRow, pointDeliveriesAt, siteRow, testConnection } from './helpers';

// A production Worker needs a real model URL to serve at all (lib/production-config.ts); no model is called here.
const production = { ENVIRONMENT: 'production', OPENAI_BASE_URL: 'https://api.openai.com/v1' } as const;

async function siteAt( url: string ) {
	const tenant = await registerTenant();
	const response = await call<{ site: { id: string }; api_key: string }>( 'POST', '/api/v1/auth/sites/', { body: { name: 'Target', url }, headers: asUser( tenant ) } );
	expect( response.status ).toBe( 201 );
	return { tenant, id: response.body.data.site.id, apiKey: response.body.data.api_key };
}

describe( 'red team: where deliveries may go', () => {
	it( 'a key holder cannot point deliveries at a host other than the registered site', async () => {
		const site = await siteAt( `https://${ unique( 'blog' ) }.example` );
		const response = await testConnection( site.apiKey, 'https://attacker.example/wp-json/igny8/v1/deliveries' );
		expect( response.status ).toBe( 400 );
		expect( response.body.success ).toBe( false );
		expect( response.body.errors?.delivery_url?.[ 0 ] ).toContain( 'registered host' );
		expect( ( await siteRow( site.id ) ).deliveryUrl ).toBeNull();
	} );

	it( 'a key holder cannot aim deliveries at internal addresses in any notation', async () => {
		const site = await siteAt( 'https://127.0.0.1' );
		const internal = [
			'https://127.0.0.1/hook',
			'https://2130706433/hook', // 127.0.0.1 as one decimal number
			'https://0x7f.0.0.1/hook',
			'https://0177.0.0.1/hook',
			'https://10.0.0.5/hook',
			'https://169.254.169.254/latest/meta-data',
			'https://[::1]/hook',
			'https://[fd00::1]/hook',
			'https://localhost/hook',
			'https://metadata.google.internal/hook',
			'https://printer.local/hook',
			'https://intranet/hook',
		];
		for ( const url of internal ) {
			const response = await testConnection( site.apiKey, url, production );
			expect( response.status, url ).toBe( 400 );
			expect( response.body.errors?.delivery_url, url ).toBeTruthy();
		}
	} );

	it( 'a key holder cannot make deliveries travel over plain http or carry credentials', async () => {
		const host = `${ unique( 'blog' ) }.example`;
		const site = await siteAt( `https://${ host }` );
		for ( const url of [ `http://${ host }/wp-json/igny8/v1/deliveries`, `https://user:pass@${ host }/wp-json/igny8/v1/deliveries` ] ) {
			expect( ( await testConnection( site.apiKey, url ) ).status, url ).toBe( 400 );
		}
		expect( ( await testConnection( site.apiKey, `https://www.${ host }/wp-json/igny8/v1/deliveries` ) ).status ).toBe( 200 );
	} );

	it( 'loopback deliveries are refused in production even for a site registered on loopback', async () => {
		const site = await siteAt( env.RECEIVER_URL );
		const response = await testConnection( site.apiKey, `${ env.RECEIVER_URL }/hooks/x`, production );
		expect( response.status ).toBe( 400 );
		expect( response.body.error ).toContain( 'https' );
	} );

	it( 'a redirect from the delivery URL is not followed', async () => {
		const { site, jobId } = await connectedSiteWithJob();
		const path = await pointDeliveriesAt( site.id );
		const elsewhere = `/hooks/${ unique( 'redirect-target' ) }`;
		await failNextDeliveries( path, 1, 307, `${ env.RECEIVER_URL }${ elsewhere }` );
		const outcome = await deliverJob( { db: createDb( env.DB ), encryptionKey: env.ENCRYPTION_KEY, environment: env.ENVIRONMENT }, await siteRow( site.id ), await jobRow( jobId ) );
		expect( outcome ).toMatchObject( { delivered: false, status: 307 } );
		expect( await deliveriesTo( elsewhere ) ).toEqual( [] );
	} );

	it( 'an unreachable delivery URL is not hammered: pushes stop after repeated failures until a connection test succeeds', async () => {
		const { tenant, site, jobId } = await connectedSiteWithJob();
		const path = await pointDeliveriesAt( site.id );
		await failNextDeliveries( path, MAX_DELIVERY_FAILURES, 503 );
		const deps = { db: createDb( env.DB ), encryptionKey: env.ENCRYPTION_KEY, environment: env.ENVIRONMENT };
		for ( let attempt = 0; attempt < MAX_DELIVERY_FAILURES + 3; attempt++ ) await deliverJob( deps, await siteRow( site.id ), await jobRow( jobId ) );
		expect( await deliveriesTo( path ) ).toHaveLength( MAX_DELIVERY_FAILURES );

		// The owner sees it in the site list API and on the portal's Sites page.
		const listed = await call<Array<{ id: string; delivery: { mode: string; consecutive_failures: number } }>>( 'GET', '/api/v1/auth/sites/', { headers: asUser( tenant ) } );
		expect( listed.body.data.find( ( entry ) => entry.id === site.id )?.delivery ).toMatchObject( { mode: 'paused', consecutive_failures: MAX_DELIVERY_FAILURES } );
		const browser = new Browser();
		await browser.get( '/portal/login' );
		await browser.post( '/portal/login', { email: tenant.email, password: PASSWORD } );
		expect( ( await browser.get( '/portal/sites' ) ).html ).toContain( `${ MAX_DELIVERY_FAILURES } failed pushes in a row` );

		expect( ( await testConnection( site.apiKey ) ).status ).toBe( 200 );
		expect( ( await siteRow( site.id ) ).deliveryPausedAt ).toBeNull();
		expect( await deliverJob( deps, await siteRow( site.id ), await jobRow( jobId ) ) ).toMatchObject( { delivered: true } );
	} );
} );
