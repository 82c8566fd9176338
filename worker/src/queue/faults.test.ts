/**
 * Chaos: 30 jobs of every queued function while 30% of model calls fail (429, 500,
 * timeout, malformed JSON), injected by the fake model (a test double) for this test's
 * requests only. Every job must end completed or failed-with-refund, and the money must
 * balance: reserves = charges + settle returns + refunds, nothing twice, even on replay.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { balanceOf, createSite, ledgerOf, registerTenant, unique } from '../../test/helpers';
import { createAiJob, ledgerTotals, runToEnd } from '../../test/ai-helpers';
import { processJob } from './consumer';

/** Input for job `index` of a mixed run; `marker` is in every model request the job makes. */
function jobSpec( index: number, marker: string ): [ string, Record<string, unknown> ] {
	const tag = `${ marker }-${ index }`;
	switch ( index % 6 ) {
		case 0:
			return [ 'generate_content', { title: `Article ${ tag }`, keywords: [ 'coffee' ], language: 'en' } ];
		case 1:
			return [ 'auto_cluster', { keywords: Array.from( { length: 30 }, ( _, id ) => ( { id: id + 1, keyword: `${ tag } kw${ id } ${ id % 3 ? 'coffee' : 'tea' }` } ) ) } ];
		case 2:
			return [ 'generate_ideas', { clusters: [ { id: 1, name: `Cluster ${ tag }`, keywords: [ 'coffee' ] } ], ideas_per_cluster: 2 } ];
		case 3:
			return [ 'generate_image_prompts', { title: `Images ${ tag }`, content_html: '<h2>One</h2><p>Text.</p>' } ];
		case 4:
			return [ 'generate_images', { images: [ { prompt: `Photo ${ tag }`, role: 'featured', position: 0 } ] } ];
		default:
			return [ 'optimize_content', { title: `Optimise ${ tag }`, segments: [ { id: 's1', kind: 'p', html: 'Old text.' } ], keywords: [ 'tea' ] } ];
	}
}

describe( 'jobs under injected model faults', () => {
	it( 'ends every job completed or failed with a refund, and the ledger balances', async () => {
		const tenant = await registerTenant();
		const site = await createSite( tenant );
		const marker = unique( 'chaos' );
		const control = await fetch( `${ env.FAKE_MODEL_ORIGIN }/__control`, {
			method: 'POST',
			// The last two jobs always fail (their marker is checked first), so refunds are exercised too.
			body: JSON.stringify( { fault_rules: [ { match: `${ marker }-doomed`, rate: 1, faults: [ '500', '429' ] }, { match: marker, rate: 0.3, faults: [ '429', '500', 'timeout', 'malformed' ] } ] } ),
		} );
		expect( control.status ).toBe( 200 );
		const before = await balanceOf( site.apiKey );

		const created = [];
		for ( let index = 0; index < 30; index++ ) {
			const [ fn, input ] = jobSpec( index, index >= 28 ? `${ marker }-doomed` : marker );
			created.push( await createAiJob( site.apiKey, fn, input ) );
		}
		const finished = await Promise.all( created.map( ( job ) => runToEnd( site.apiKey, job.id ) ) );
		// Replayed messages (the queue delivers at least once) must not move money.
		await Promise.all( created.map( ( job ) => processJob( env, { type: 'job.run', job_id: job.id } ) ) );

		const ledger = await ledgerOf( tenant.accountId );
		for ( const job of finished ) {
			expect( [ 'completed', 'failed' ] ).toContain( job.status );
			const rows = ledger.filter( ( row ) => row.job_id === job.id );
			expect( rows.map( ( row ) => row.kind ).sort() ).toEqual( job.status === 'completed' ? [ 'reserve', 'settle' ] : [ 'refund', 'reserve' ] );
			if ( job.status === 'failed' ) {
				expect( job.credits_charged ).toBe( 0 );
				expect( rows.find( ( row ) => row.kind === 'refund' )!.reason ).toMatch( /^Refund: .{10,}/ );
			}
		}
		const totals = await ledgerTotals( tenant.accountId );
		const charged = finished.reduce( ( sum, job ) => sum + job.credits_charged, 0 );
		const reserved = finished.reduce( ( sum, job ) => sum + job.credits_reserved, 0 );
		expect( -( totals.reserve ?? 0 ) ).toBe( reserved );
		expect( -( totals.reserve ?? 0 ) ).toBe( charged + ( totals.settle ?? 0 ) + ( totals.refund ?? 0 ) );
		expect( await balanceOf( site.apiKey ) ).toBe( before - charged );

		const stats = ( await ( await fetch( `${ env.FAKE_MODEL_ORIGIN }/__stats` ) ).json() ) as { faults: Record<string, number> };
		const injected = Object.values( stats.faults ).reduce( ( sum, count ) => sum + count, 0 );
		expect( injected ).toBeGreaterThan( 0 );
		expect( finished.filter( ( job ) => job.status === 'failed' ).length ).toBeGreaterThanOrEqual( 2 );
		console.log( JSON.stringify( { completed: finished.filter( ( job ) => job.status === 'completed' ).length, failed: finished.filter( ( job ) => job.status === 'failed' ).length, charged, reserved } ) );
	}, 120_000 );
} );
