/**
 * Posts for the score tests and the benchmark, as the block editor saves them.
 */

/**
 * Internal dependencies
 */
import type { ScoreBlock, ScoreInput } from '../types.ts';

/** A paragraph block. */
export function paragraph( id: string, html: string ): ScoreBlock {
	return { id, name: 'core/paragraph', html: `<p>${ html }</p>` };
}

/** A heading block. */
export function heading( id: string, level: number, text: string ): ScoreBlock {
	return {
		id,
		name: 'core/heading',
		html: `<h${ level } class="wp-block-heading">${ text }</h${ level }>`,
	};
}

const SENTENCES = [
	'Composting at home turns kitchen scraps into rich soil for the garden.',
	'Start with a small bin and a mix of green and brown material.',
	'Turn the pile every week so air reaches the middle.',
	'Keep it as damp as a wrung-out sponge.',
	'In a few months the scraps become dark, crumbly compost.',
];

/** A well-built post of about `words` words about "home composting". */
export function goodPost( words = 800 ): ScoreInput {
	const blocks: ScoreBlock[] = [
		paragraph(
			'intro',
			'Home composting is the simplest way to cut waste. This guide shows how to begin with <a href="https://example.com/garden-basics/">garden basics</a> and a <a href="https://www.epa.gov/recycle/composting-home">guide from the EPA</a>.'
		),
		{
			id: 'img',
			name: 'core/image',
			html: '<figure class="wp-block-image"><img src="https://example.com/a.jpg" alt="A compost bin"/></figure>',
		},
	];
	let count = 40;
	let section = 0;
	while ( count < words ) {
		blocks.push(
			heading(
				`h${ section }`,
				2,
				section === 0
					? 'Why home composting works'
					: `Step ${ section }`
			)
		);
		for ( let p = 0; p < 3 && count < words; p++ ) {
			const text =
				SENTENCES.join( ' ' ) +
				( p === 0 ? ' Home composting pays off.' : '' );
			blocks.push( paragraph( `p${ section }-${ p }`, text ) );
			count += text.split( /\s+/ ).length;
		}
		section++;
	}
	blocks.push(
		paragraph(
			'outro',
			'Read more in <a href="/soil-health/">soil health</a>.'
		)
	);
	return {
		title: 'Home composting: a beginner’s guide',
		slug: 'home-composting-guide',
		blocks,
		keyword: 'home composting',
		metaTitle: 'Home composting for beginners: a step-by-step guide',
		metaDescription:
			'Learn home composting step by step: what to put in the bin, how to keep it healthy and when your compost is ready for the garden beds.',
		targetWords: words,
		siteHost: 'example.com',
	};
}
