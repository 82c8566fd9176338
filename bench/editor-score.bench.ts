/**
 * The optimisation score (blocks/src/score) on a 5,000-word post, as the editor sidebar runs
 * it on every debounced keystroke: target ≤ 20 ms. Measured in Node's V8 (the engine Chromium
 * runs) against a baseline in the same run: a plain word count over the same blocks (strip
 * tags, split on whitespace), which any live counter pays anyway.
 */
import { blocksFromPostContent, scorePost } from '../blocks/src/score/index.ts';
import type { ScoreBlock, ScoreInput } from '../blocks/src/score/types.ts';
import { median, type BenchResult, type Benchmark } from './harness.ts';

const WORDS = 5_000;
const RUNS = 200;

const VOCABULARY = (
	'compost garden soil kitchen scraps green brown material pile bin worms moisture air ' +
	'temperature nitrogen carbon leaves grass coffee grounds eggshells paper cardboard microbes ' +
	'decompose weeks months heat turn layer balance smell pests rodents tumbler container shade ' +
	'water sponge texture crumbly finished sieve mulch vegetables flowers nutrients structure ' +
	'organic household waste landfill methane reduce simple beginner guide method technique ' +
	'approximately considerable environmental sustainability particularly effectively ' +
	'the a of and to in is that it for on with as you your can be this are or by from at'
).split( ' ' );

/** A deterministic pseudo-random generator, so every run scores the same post. */
function random( seed: number ): () => number {
	let state = seed;
	return () => {
		state = ( state * 1_103_515_245 + 12_345 ) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

/** A 5,000-word post as ScoreInput (its blocks read from the saved markup). */
export function fiveThousandWordPost(): ScoreInput {
	return {
		title: 'Home composting: the complete guide',
		slug: 'home-composting-guide',
		blocks: blocksFromPostContent( fiveThousandWordContent() ),
		keyword: 'home composting',
		metaTitle: 'Home composting: the complete guide for beginners',
		metaDescription: 'Everything about home composting: what goes in the bin, how to keep the pile healthy, and when the compost is ready for your garden beds.',
		targetWords: WORDS,
		siteHost: 'example.com',
	};
}

/** A 5,000-word post in saved block markup, with headings, links, images and lists. */
export function fiveThousandWordContent(): string {
	const next = random( 42 );
	const word = () => VOCABULARY[ Math.floor( next() * VOCABULARY.length ) ] as string;
	const sentence = () => {
		const length = 8 + Math.floor( next() * 14 );
		const words = Array.from( { length }, word );
		return words.join( ' ' ).replace( /^./, ( c ) => c.toUpperCase() ) + '.';
	};
	const parts: string[] = [];
	let count = 0;
	let section = 0;
	while ( count < WORDS ) {
		if ( count % 400 < 60 ) {
			section++;
			parts.push( `<!-- wp:heading -->\n<h2 class="wp-block-heading">Home composting step ${ section }</h2>\n<!-- /wp:heading -->` );
		}
		const sentences = Array.from( { length: 3 + Math.floor( next() * 3 ) }, sentence );
		const text = sentences.join( ' ' );
		count += text.split( ' ' ).length;
		const link = next() < 0.2 ? ` See <a href="https://example.com/post-${ section }/">related ${ word() }</a> or <a href="https://other.org/${ section }">a source</a>.` : '';
		parts.push( `<!-- wp:paragraph -->\n<p>Home composting ${ text }${ link }</p>\n<!-- /wp:paragraph -->` );
		if ( next() < 0.05 ) {
			parts.push( `<!-- wp:image {"id":${ section }} -->\n<figure class="wp-block-image"><img src="https://example.com/${ section }.jpg" alt="${ word() } ${ word() }"/></figure>\n<!-- /wp:image -->` );
		}
		if ( next() < 0.05 ) {
			parts.push( `<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item --><li>${ sentence() }</li><!-- /wp:list-item --><!-- wp:list-item --><li>${ sentence() }</li><!-- /wp:list-item --></ul>\n<!-- /wp:list -->` );
		}
	}
	return parts.join( '\n\n' );
}

/** The baseline: a bare word count over the same blocks. */
function wordCount( blocks: ScoreBlock[] ): number {
	let words = 0;
	for ( const block of blocks ) {
		words += block.html.replace( /<[^>]*>/g, ' ' ).split( /\s+/ ).filter( Boolean ).length;
	}
	return words;
}

function timeEach( fn: () => unknown ): number[] {
	const times: number[] = [];
	for ( let i = 0; i < RUNS; i++ ) {
		const start = performance.now();
		fn();
		times.push( performance.now() - start );
	}
	return times;
}

const bench: Benchmark = {
	name: 'editor optimisation score',
	async run() {
		const input = fiveThousandWordPost();
		const coldStart = performance.now();
		const first = scorePost( input );
		const cold = performance.now() - coldStart;
		if ( first.stats.words < WORDS ) throw new Error( `the post has ${ first.stats.words } words, expected ${ WORDS }+` );
		for ( let i = 0; i < 20; i++ ) {
			scorePost( input );
			wordCount( input.blocks );
		}
		const score = median( timeEach( () => scorePost( input ) ) );
		const baseline = median( timeEach( () => wordCount( input.blocks ) ) );
		const results: BenchResult[] = [
			{
				name: `score of a ${ first.stats.words }-word post`,
				value: score,
				unit: 'ms',
				detail: `median of ${ RUNS }; first (cold) run ${ cold.toFixed( 2 ) } ms; score ${ first.score }, ${ input.blocks.length } blocks`,
				target: 20,
			},
			{
				name: 'score / plain word count over the same blocks',
				value: score / baseline,
				unit: '×',
				detail: `word count ${ baseline.toFixed( 3 ) } ms`,
			},
		];
		return results;
	},
};

export default bench;
