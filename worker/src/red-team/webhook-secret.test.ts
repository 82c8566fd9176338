/**
 * Red team: the per-site webhook secret. A leaked or former site key must not keep the power to forge
 * deliveries (or editor tokens) once the owner rotates or revokes it, and a copy of D1 must not reveal it.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../db/client';
import { deliverJob } from '../services/delivery';
import { SECRET_OVERLAP_MS } from '../services/webhook-secrets';
import { asUser, call, deliveriesTo, unique } from '../../test/helpers';
import { connectedSiteWithJob, expectedV1, jobRow, parseSignature, pointDeliveriesAt, rotateKey, siteRow, testConnection } from './helpers';

const deps = ( now?: number ) => ( { db: createDb( env.DB ), encryptionKey: env.ENCRYPTION_KEY, environment: env.ENVIRONMENT, ...( now === undefined ? {} : { now } ) } );

describe( 'red team: the webhook secret', () => {
	it( 'a key holder gets the webhook secret only from the first connection test after creation', async () => {
		const { site, secret } = await connectedSiteWithJob();
		expect( secret ).toMatch( /^igny8_whsec_/ );
		const again = await testConnection( site.apiKey );
		expect( again.status ).toBe( 200 );
		expect( again.body.data.delivery.webhook_secret ).toBeNull();
	} );

	it( 'a former key’s holder cannot forge a delivery after rotation', async () => {
		const { tenant, site, secret: former, jobId } = await connectedSiteWithJob();
		const newKey = await rotateKey( tenant, site.id );

		// The former key no longer reaches the secret, and the new key's first test gets a different one.
		expect( ( await testConnection( site.apiKey ) ).status ).toBe( 401 );
		const first = await testConnection( newKey );
		const current = first.body.data.delivery.webhook_secret;
		expect( current ).toMatch( /^igny8_whsec_/ );
		expect( current ).not.toBe( former );

		// After the overlap, deliveries carry no signature the former secret could have made.
		const path = await pointDeliveriesAt( site.id );
		const outcome = await deliverJob( deps( Date.now() + SECRET_OVERLAP_MS + 1000 ), await siteRow( site.id ), await jobRow( jobId ) );
		expect( outcome.delivered ).toBe( true );
		const [ delivery ] = await deliveriesTo( path );
		const { t, v1 } = parseSignature( delivery!.headers[ 'x-igny8-signature' ] );
		expect( v1 ).toEqual( [ await expectedV1( current!, t, delivery!.body ) ] );
		expect( v1 ).not.toContain( await expectedV1( former, t, delivery!.body ) );
	} );

	it( 'during the overlap a delivery carries both signatures, so the site keeps working until the editor enters the new key', async () => {
		const { tenant, site, secret: former, jobId } = await connectedSiteWithJob();
		const newKey = await rotateKey( tenant, site.id );
		const current = ( await testConnection( newKey ) ).body.data.delivery.webhook_secret!;
		const path = await pointDeliveriesAt( site.id );
		await deliverJob( deps(), await siteRow( site.id ), await jobRow( jobId ) );
		const [ delivery ] = await deliveriesTo( path );
		const { t, v1 } = parseSignature( delivery!.headers[ 'x-igny8-signature' ] );
		expect( v1 ).toEqual( [ await expectedV1( current, t, delivery!.body ), await expectedV1( former, t, delivery!.body ) ] );
	} );

	it( 'a revoked site’s secret signs nothing and opens no editor call', async () => {
		const { tenant, site, jobId, deliveryPath } = await connectedSiteWithJob();
		const before = ( await deliveriesTo( deliveryPath ) ).length;
		expect( ( await call( 'POST', `/api/v1/auth/sites/${ site.id }/revoke/`, { headers: asUser( tenant ) } ) ).status ).toBe( 200 );
		const row = await siteRow( site.id );
		expect( row.webhookSecret ).toBe( '' );
		expect( row.previousWebhookSecret ).toBeNull();
		const outcome = await deliverJob( deps(), row, await jobRow( jobId ) );
		expect( outcome ).toMatchObject( { delivered: false, held: true } );
		expect( await deliveriesTo( deliveryPath ) ).toHaveLength( before );
	} );

	it( 'a copy of the database does not reveal webhook secrets', async () => {
		const { site, secret } = await connectedSiteWithJob();
		const raw = await env.DB.prepare( 'SELECT * FROM sites WHERE id = ?' ).bind( site.id ).first<Record<string, unknown>>();
		expect( JSON.stringify( raw ) ).not.toContain( secret );
		expect( JSON.stringify( raw ) ).not.toContain( secret.slice( 'igny8_whsec_'.length, 30 ) );
		expect( String( raw?.webhook_secret ) ).toMatch( /^enc:v1:/ );
	} );

	it( 'a sealed secret copied into another site’s row does not sign for that site', async () => {
		const a = await connectedSiteWithJob();
		const b = await connectedSiteWithJob();
		await env.DB.prepare( 'UPDATE sites SET webhook_secret = (SELECT webhook_secret FROM sites WHERE id = ?) WHERE id = ?' ).bind( a.site.id, b.site.id ).run();
		await expect( deliverJob( deps(), await siteRow( b.site.id ), await jobRow( b.jobId ) ) ).rejects.toThrow();
	} );

	it( 'a secret stored in clear before encryption is sealed at its first use and still signs', async () => {
		const { site, jobId } = await connectedSiteWithJob();
		const legacy = `igny8_whsec_${ unique( 'legacy' ) }`;
		await env.DB.prepare( 'UPDATE sites SET webhook_secret = ? WHERE id = ?' ).bind( legacy, site.id ).run();
		const path = await pointDeliveriesAt( site.id );
		await deliverJob( deps(), await siteRow( site.id ), await jobRow( jobId ) );
		const [ delivery ] = await deliveriesTo( path );
		const { t, v1 } = parseSignature( delivery!.headers[ 'x-igny8-signature' ] );
		expect( v1 ).toEqual( [ await expectedV1( legacy, t, delivery!.body ) ] );
		expect( ( await siteRow( site.id ) ).webhookSecret ).toMatch( /^enc:v1:/ );
	} );
} );
