import { describe, expect, it } from 'vitest';
import { createSite, registerTenant } from '../../../test/helpers';
import { createAiJob, runToEnd } from '../../../test/ai-helpers';
import { CLUSTER_CHUNK_SIZE, clusterMessages, mergeClusters } from './auto_cluster';

describe( 'mergeClusters', () => {
	it( 'joins same-named clusters, drops invented and repeated ids, and catches dropped ones', () => {
		const merged = mergeClusters(
			[ 1, 2, 3, 4, 5, 6 ],
			[
				[ { name: 'Coffee', description: 'Coffee searches', keyword_ids: [ 1, 2, 99 ] }, { name: 'Tea', description: '', keyword_ids: [ 3 ] } ],
				[ { name: '  coffee ', description: 'again', keyword_ids: [ 4, 1 ] }, { name: 'TEA', description: 'Tea searches', keyword_ids: [ 2 ] }, { name: 'Empty', description: '', keyword_ids: [ 77 ] } ],
			],
			'en'
		);
		expect( merged ).toEqual( [
			{ name: 'Coffee', description: 'Coffee searches', keyword_ids: [ 1, 2, 4 ] },
			{ name: 'Tea', description: 'Tea searches', keyword_ids: [ 3 ] },
			{ name: 'Other keywords', description: expect.any( String ), keyword_ids: [ 5, 6 ] },
		] );
	} );
} );

describe( 'auto_cluster at scale', () => {
	it( 'clusters 10,000 keywords in chunks: every keyword in exactly one cluster, names unique', async () => {
		const site = await createSite( await registerTenant() );
		const topics = Array.from( { length: 40 }, ( _, index ) => `topic${ index }` );
		const modifiers = [ 'best', 'cheap', 'how to use', 'buy', 'review of', 'what is', 'diy', 'top', 'compare', 'guide to' ];
		const keywords = Array.from( { length: 10_000 }, ( _, index ) => ( {
			id: index + 1,
			// Every 250th keyword is a single word, which the fake model (a test double) leaves out.
			keyword: index % 250 === 0 ? `orphan${ index }` : `${ modifiers[ index % modifiers.length ] } ${ index } ${ topics[ index % topics.length ] }`,
			search_volume: index % 1000,
		} ) );
		const created = await createAiJob( site.apiKey, 'auto_cluster', { keywords, language: 'en' } );
		expect( created.credits_reserved ).toBe( 200 );
		const job = await runToEnd( site.apiKey, created.id, 2 );
		expect( job.status ).toBe( 'completed' );
		const clusters = ( job.result as { clusters: Array<{ name: string; keyword_ids: number[] }> } ).clusters;
		const ids = clusters.flatMap( ( cluster ) => cluster.keyword_ids );
		expect( ids ).toHaveLength( 10_000 );
		expect( new Set( ids ).size ).toBe( 10_000 );
		const names = clusters.map( ( cluster ) => cluster.name.toLowerCase() );
		expect( new Set( names ).size ).toBe( names.length );
		// 40 topic clusters merged across 20 chunks, plus the fallback for the 40 orphans.
		expect( clusters ).toHaveLength( 41 );
		expect( clusters.find( ( cluster ) => cluster.name === 'Other keywords' )?.keyword_ids ).toHaveLength( 40 );
		expect( Math.ceil( 10_000 / CLUSTER_CHUNK_SIZE ) ).toBe( 20 );
		expect( job.credits_charged ).toBeGreaterThan( 0 );
		expect( job.credits_charged ).toBeLessThanOrEqual( 200 );
	}, 120_000 );

	it( 'puts the site’s prompt override into every chunk’s prompt, the function marker first', () => {
		const [ system, user ] = clusterMessages( { language: 'de_DE', template: { system: 'Cluster like a gardener.', instructions: 'Prefer  seasonal\ntopics.' } }, [ { id: 1, keyword: 'compost' } ], [] );
		expect( system!.content ).toBe( 'igny8:function=auto_cluster\nCluster like a gardener.' );
		expect( user!.content ).toContain( 'Instructions: Prefer seasonal topics.' );
		expect( clusterMessages( {}, [ { id: 1, keyword: 'compost' } ], [] )[ 1 ]!.content ).not.toContain( 'Instructions:' );
	} );
} );
