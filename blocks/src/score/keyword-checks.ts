/**
 * The target keyword checks: title, first paragraph, headings, slug and density.
 */

/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { PostFacts } from './analyse.ts';
import { check } from './check.ts';
import { containsAllWords, countAnySequence, tokenize } from './text.ts';
import type { ScoreCheck } from './types.ts';

/** Density bounds, in keyword occurrences per 100 words. */
export const DENSITY = { low: 0.5, high: 2.5, stuffed: 3.5 } as const;

/**
 * The five keyword checks; with no keyword each one asks for it. Each phrase of `keywords` (the
 * target keyword, then a product's attribute terms) satisfies a check as the target keyword does.
 */
export function keywordChecks(
	keyword: string[][],
	title: string,
	slug: string,
	facts: PostFacts
): ScoreCheck[] {
	if ( keyword.length === 0 ) {
		const missing = __(
			'No target keyword is set. Enter one in the IGNY8 sidebar.',
			'igny8'
		);
		return [
			check( 'keyword_in_title', 'problem', missing ),
			check( 'keyword_in_first_paragraph', 'problem', missing ),
			check( 'keyword_in_headings', 'problem', missing ),
			check( 'keyword_in_slug', 'problem', missing ),
			check( 'keyword_density', 'problem', missing ),
		];
	}
	return [
		titleCheck( keyword, title ),
		firstParagraphCheck( keyword, facts ),
		headingsCheck( keyword, facts ),
		slugCheck( keyword, slug ),
		densityCheck( facts ),
	];
}

function has( words: string[], keyword: string[][] ): boolean {
	return countAnySequence( words, keyword ) > 0;
}

function titleCheck( keyword: string[][], title: string ): ScoreCheck {
	const words = tokenize( title );
	if ( has( words, keyword ) ) {
		return check(
			'keyword_in_title',
			'good',
			__( 'The title contains the target keyword.', 'igny8' )
		);
	}
	if ( keyword.some( ( phrase ) => containsAllWords( words, phrase ) ) ) {
		return check(
			'keyword_in_title',
			'improve',
			__(
				'The title has the keyword’s words but not the exact phrase. Use the keyword as written.',
				'igny8'
			)
		);
	}
	return check(
		'keyword_in_title',
		'problem',
		__(
			'The title does not contain the target keyword. Add it, ideally near the start.',
			'igny8'
		)
	);
}

function firstParagraphCheck(
	keyword: string[][],
	facts: PostFacts
): ScoreCheck {
	const first = facts.firstParagraph;
	if ( first === null ) {
		return check(
			'keyword_in_first_paragraph',
			'problem',
			__(
				'There is no introduction paragraph. Start with one that uses the keyword.',
				'igny8'
			)
		);
	}
	if ( has( first.words, keyword ) ) {
		return check(
			'keyword_in_first_paragraph',
			'good',
			__( 'The first paragraph uses the target keyword.', 'igny8' ),
			first.blockId
		);
	}
	return check(
		'keyword_in_first_paragraph',
		'problem',
		__(
			'The first paragraph does not use the target keyword. Mention it in the introduction.',
			'igny8'
		),
		first.blockId
	);
}

function headingsCheck( keyword: string[][], facts: PostFacts ): ScoreCheck {
	let subheadings = 0;
	let firstSubheadingBlock: string | undefined;
	for ( const block of facts.blocks ) {
		for ( const heading of block.headings ) {
			if ( heading.level < 2 ) {
				continue;
			}
			subheadings++;
			firstSubheadingBlock ??= block.id;
			if ( has( tokenize( heading.text ), keyword ) ) {
				return check(
					'keyword_in_headings',
					'good',
					__( 'A subheading contains the target keyword.', 'igny8' ),
					block.id
				);
			}
		}
	}
	if ( subheadings === 0 ) {
		return check(
			'keyword_in_headings',
			'problem',
			__(
				'There are no subheadings. Add H2 headings, one of them with the keyword.',
				'igny8'
			)
		);
	}
	return check(
		'keyword_in_headings',
		'improve',
		__(
			'No subheading contains the target keyword. Use it in at least one H2 or H3.',
			'igny8'
		),
		firstSubheadingBlock
	);
}

function slugCheck( keyword: string[][], slug: string ): ScoreCheck {
	if ( slug.trim() === '' ) {
		return check(
			'keyword_in_slug',
			'improve',
			__(
				'The post has no slug yet. Set one that contains the keyword.',
				'igny8'
			)
		);
	}
	const words = tokenize( slug.replace( /[-_]+/g, ' ' ) );
	if ( has( words, keyword ) ) {
		return check(
			'keyword_in_slug',
			'good',
			__( 'The slug contains the target keyword.', 'igny8' )
		);
	}
	if ( keyword.some( ( phrase ) => containsAllWords( words, phrase ) ) ) {
		return check(
			'keyword_in_slug',
			'improve',
			__(
				'The slug has the keyword’s words out of order. Use the keyword as written.',
				'igny8'
			)
		);
	}
	return check(
		'keyword_in_slug',
		'problem',
		__(
			'The slug does not contain the target keyword. Edit the permalink.',
			'igny8'
		)
	);
}

/**
 * Keyword occurrences per 100 words (two decimals).
 */
export function keywordDensity( facts: PostFacts ): number {
	return facts.words === 0
		? 0
		: Math.round( ( facts.keywordHits / facts.words ) * 10_000 ) / 100;
}

function densityCheck( facts: PostFacts ): ScoreCheck {
	const density = keywordDensity( facts );
	const found = sprintf(
		/* translators: 1: times the keyword occurs, 2: occurrences per 100 words. */
		_n(
			'The keyword occurs %1$d time (%2$s%%).',
			'The keyword occurs %1$d times (%2$s%%).',
			facts.keywordHits,
			'igny8'
		),
		facts.keywordHits,
		density.toFixed( 2 )
	);
	if ( density >= DENSITY.low && density <= DENSITY.high ) {
		return check( 'keyword_density', 'good', found );
	}
	if ( density > DENSITY.stuffed ) {
		return check(
			'keyword_density',
			'problem',
			found +
				' ' +
				__(
					'That reads as keyword stuffing. Replace some with synonyms.',
					'igny8'
				),
			heaviestBlock( facts )
		);
	}
	if ( density > DENSITY.high ) {
		return check(
			'keyword_density',
			'improve',
			found + ' ' + __( 'A little high: aim for 0.5–2.5%.', 'igny8' ),
			heaviestBlock( facts )
		);
	}
	if ( density > 0 ) {
		return check(
			'keyword_density',
			'improve',
			found + ' ' + __( 'A little low: aim for 0.5–2.5%.', 'igny8' )
		);
	}
	return check(
		'keyword_density',
		'problem',
		found + ' ' + __( 'Use the keyword in the body text.', 'igny8' )
	);
}

function heaviestBlock( facts: PostFacts ): string | undefined {
	let best: { id: string; hits: number } | undefined;
	for ( const block of facts.blocks ) {
		if ( block.keywordHits > ( best?.hits ?? 0 ) ) {
			best = { id: block.id, hits: block.keywordHits };
		}
	}
	return best?.id;
}
