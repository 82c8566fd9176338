/** The fake model's (a test double's) replies for IGNY8's functions, and its scoped fault rules. */
import { describe, expect, it } from 'vitest';
import { clusterReply, faqReply, ideasReply, languageOf, metaReply, rewriteReply } from './functions.ts';
import { FakeModelState } from './state.ts';

describe( 'fake model replies (test double)', () => {
	it( 'reads the language tag from the Worker’s language line', () => {
		expect( languageOf( 'Title: x\nLanguage: de-DE (German). Write every value in this language.' ) ).toBe( 'de-DE' );
		expect( languageOf( 'no language here' ) ).toBe( 'en' );
	} );

	it( 'clusters by last word and leaves out one-word keywords, as a sloppy model would', () => {
		const reply = clusterReply( 'Language: en\n1 | cold brew coffee | - | -\n2 | iced coffee | - | -\n3 | espresso | - | -' ) as { clusters: Array<{ name: string; keyword_ids: number[] }> };
		expect( reply.clusters ).toEqual( [ { name: 'Coffee', description: expect.any( String ), keyword_ids: [ 1, 2 ] } ] );
	} );

	it( 'proposes the requested number of ideas per cluster', () => {
		const reply = ideasReply( 'Ideas per cluster: 2\nCluster 7: Tea — keywords: green tea, matcha' ) as { ideas: Array<{ cluster_id: number }> };
		expect( reply.ideas.map( ( idea ) => idea.cluster_id ) ).toEqual( [ 7, 7 ] );
	} );

	it( 'writes meta within the length targets and as many FAQ pairs as asked', () => {
		const meta = metaReply( 'Title: Home composting guide\nKeyword: home composting\nLanguage: de-DE (German).' ) as { meta_title: string; meta_description: string; language: string };
		expect( meta.meta_title.length ).toBeGreaterThanOrEqual( 30 );
		expect( meta.meta_title.length ).toBeLessThanOrEqual( 60 );
		expect( meta.meta_description.length ).toBeLessThanOrEqual( 160 );
		expect( meta.language ).toBe( 'de-DE' );
		const faq = faqReply( 'Title: X\nKeyword: trail running\nQuestions: 3' ) as { items: Array<{ question: string }> };
		expect( faq.items.map( ( item ) => item.question ) ).toEqual( [ 'What is trail running?', 'How do I start with trail running?', 'How long does trail running take?' ] );
	} );

	it( 'rewrites by mode', () => {
		expect( rewriteReply( 'Mode: shorter\nText:\nOne. Two. Three. Four.' ) ).toBe( 'One. Two.' );
	} );

	it( 'applies a fault rule only to requests that match it', () => {
		const state = new FakeModelState( { latencyMs: 0, faultRate: 0, faults: [], seed: 3, timeoutHoldMs: 0 } );
		state.update( { fault_rules: [ { match: 'chaos', rate: 1, faults: [ '500' ] } ] } );
		expect( state.pickFault( '{"chaos":1}', undefined ) ).toBe( '500' );
		expect( state.pickFault( '{"calm":1}', undefined ) ).toBeNull();
		state.update( { reset: true } );
		expect( state.pickFault( '{"chaos":1}', undefined ) ).toBeNull();
	} );
} );
