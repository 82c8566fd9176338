/** The fake model's (a test double's) replies for IGNY8's functions, and its scoped fault rules. */
import { describe, expect, it } from 'vitest';
import { clusterReply, faqReply, ideasReply, languageOf, metaReply, optimizeReply, rewriteReply, takeawaysReply } from './functions.ts';
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

	it( 'optimises by segment id: the first paragraph and each FAQ answer, and a section after the first paragraph', () => {
		const segments = [ { id: 's1', kind: 'h2', html: 'Basics' }, { id: 's2', kind: 'p', html: 'Tea is nice.' }, { id: 's3', kind: 'faq_answer', html: 'Yes.' } ];
		const reply = optimizeReply( `Title: Tea\nKeywords: green tea\nSegments (JSON, in reading order):\n${ JSON.stringify( segments ) }` ) as {
			segments: Array<{ id: string; html: string }>;
			insert: Array<{ after: string; tag: string }>;
		};
		expect( reply.segments.map( ( segment ) => segment.id ) ).toEqual( [ 's2', 's3' ] );
		expect( reply.segments[ 0 ]!.html ).toBe( 'Tea is nice. It is the heart of green tea.' );
		expect( reply.insert.map( ( added ) => [ added.after, added.tag ] ) ).toEqual( [ [ 's2', 'h2' ], [ 's2', 'p' ] ] );
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

	it( 'writes as many key takeaways as asked, each one sentence (the Worker’s schema: 1–7 strings of 3–300 characters)', () => {
		const reply = takeawaysReply( 'Title: X\nKeyword: trail running\nTakeaways: 3\nLanguage: de-DE (German).' ) as { items: string[]; language: string };
		expect( Object.keys( reply ).sort() ).toEqual( [ 'items', 'language' ] );
		expect( reply.items ).toEqual( [ 'Start trail running small and build up week by week.', 'Good equipment makes trail running safer and more fun.', 'Check your progress with trail running every week and adjust.' ] );
		expect( reply.language ).toBe( 'de-DE' );
		const most = takeawaysReply( 'Title: Compost\nTakeaways: 9' ) as { items: string[] };
		expect( most.items ).toHaveLength( 7 );
		for ( const item of most.items ) expect( item ).toMatch( /^[A-Z].{2,298}\.$/ );
		expect( most.items[ 0 ] ).toContain( 'compost' );
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
