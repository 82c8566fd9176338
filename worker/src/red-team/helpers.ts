/** Shared steps of the red-team suites: a connected site with a finished job, rows as D1 holds them, signatures. */
import { env } from 'cloudflare:test';
import { expect } from 'vitest';
import { createDb } from '../db/client';
import type { Job, Site } from '../db/schema';
import { hmacSha256Hex } from '../lib/crypto';
import { asUser, call, connectSite, createJob, createSite, registerTenant, runQueue, unique, type Tenant } from '../../test/helpers';

export const TEST_CONNECTION = '/api/v1/integration/integrations/test-connection/';

export const siteRow = async ( id: string ): Promise<Site> => ( await createDb( env.DB ).query.sites.findFirst( { where: ( sites, { eq } ) => eq( sites.id, id ) } ) )!;
export const jobRow = async ( id: string ): Promise<Job> => ( await createDb( env.DB ).query.jobs.findFirst( { where: ( jobs, { eq } ) => eq( jobs.id, id ) } ) )!;

/** A site connected to the test receiver, with one generate_content job run (and pushed) through the queue. */
export async function connectedSiteWithJob(): Promise<{ tenant: Tenant; site: { id: string; apiKey: string }; secret: string; deliveryPath: string; jobId: string }> {
	const tenant = await registerTenant();
	const site = await createSite( tenant );
	const { secret, deliveryPath } = await connectSite( site.apiKey );
	const job = ( await createJob( site.apiKey, { title: 'Red team', brief: 'Short.', keywords: [ 'attack' ] } ) ).body.data.job;
	await runQueue( [ { type: 'job.run', job_id: job.id } ] );
	return { tenant, site, secret, deliveryPath, jobId: job.id };
}

/** Points the site's stored delivery URL at a fresh receiver path; returns the path. */
export async function pointDeliveriesAt( siteId: string ): Promise<string> {
	const path = `/hooks/${ unique( 'red-team' ) }`;
	await env.DB.prepare( 'UPDATE sites SET delivery_url = ? WHERE id = ?' ).bind( `${ env.RECEIVER_URL }${ path }`, siteId ).run();
	return path;
}

/** Rotates the site's key as its owner; returns the new key. */
export async function rotateKey( tenant: Tenant, siteId: string ): Promise<string> {
	const response = await call<{ api_key: string }>( 'POST', `/api/v1/auth/sites/${ siteId }/rotate-key/`, { headers: asUser( tenant ) } );
	expect( response.status ).toBe( 200 );
	return response.body.data.api_key;
}

/** test-connection with `apiKey`, reporting `deliveryUrl` (the test receiver when omitted). */
export function testConnection( apiKey: string, deliveryUrl?: string, envOverride: Partial<Cloudflare.Env> = {} ) {
	return call<{ delivery: { webhook_secret: string | null; mode: string } }>( 'POST', TEST_CONNECTION, {
		headers: { 'X-IGNY8-API-Key': apiKey },
		body: deliveryUrl === undefined ? { wp_version: '6.8.1' } : { delivery_url: deliveryUrl },
		env: envOverride,
	} );
}

/** The timestamp and v1 values of a signature header. */
export function parseSignature( header: string | undefined ): { t: string; v1: string[] } {
	const match = /^t=(\d+)((?:,v1=[0-9a-f]{64})+)$/.exec( header ?? '' );
	expect( match, `signature header "${ header }"` ).not.toBeNull();
	return { t: match![ 1 ]!, v1: [ ...match![ 2 ]!.matchAll( /v1=([0-9a-f]{64})/g ) ].map( ( m ) => m[ 1 ]! ) };
}

/** What WordPress computes for a delivery POSTed to /igny8/v1/deliveries. */
export const expectedV1 = ( secret: string, t: string, body: string, method = 'POST', route = '/igny8/v1/deliveries' ) =>
	hmacSha256Hex( secret, `${ t }.${ method }.${ route }.${ body }` );
