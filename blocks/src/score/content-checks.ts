/**
 * The content checks: length, heading structure, readability, links and images.
 */

/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { proseWords, type PostFacts } from './analyse.ts';
import { check } from './check.ts';
import { fleschReadingEase } from './text.ts';
import type { ScoreCheck } from './types.ts';

/** Without a task's target, a post under this many words reads as thin. */
export const DEFAULT_TARGET_WORDS = 600;
/** A run of prose longer than this without a subheading is hard to scan. */
export const MAX_SECTION_WORDS = 350;

/**
 * Word count against the task's target (or a default when unknown).
 */
export function lengthCheck(
	facts: PostFacts,
	targetWords: number | null
): ScoreCheck {
	const target =
		targetWords !== null && targetWords > 0
			? targetWords
			: DEFAULT_TARGET_WORDS;
	const ratio = facts.words / target;
	const found = sprintf(
		/* translators: 1: words in the post, 2: target words. */
		_n(
			'%1$d word against a target of %2$d.',
			'%1$d words against a target of %2$d.',
			facts.words,
			'igny8'
		),
		facts.words,
		target
	);
	if ( ratio >= 0.9 && ( targetWords === null || ratio <= 1.5 ) ) {
		return check( 'length', 'good', found );
	}
	if ( ratio > 1.5 ) {
		return check(
			'length',
			'improve',
			found +
				' ' +
				__(
					'Much longer than planned: cut repetition or split the post.',
					'igny8'
				)
		);
	}
	if ( ratio >= 0.6 ) {
		return check(
			'length',
			'improve',
			found +
				' ' +
				__( 'A little short: expand the thinnest section.', 'igny8' )
		);
	}
	return check(
		'length',
		'problem',
		found +
			' ' +
			__(
				'Too short: add sections that answer the reader’s questions.',
				'igny8'
			)
	);
}

/**
 * H1 in the body, skipped levels, no H2 at all, or long runs of prose without a heading.
 */
export function headingStructureCheck( facts: PostFacts ): ScoreCheck {
	let previous = 1;
	let seenH2 = false;
	let sectionWords = 0;
	let longSection: string | undefined;
	for ( const block of facts.blocks ) {
		for ( const heading of block.headings ) {
			if ( heading.level === 1 ) {
				return check(
					'heading_structure',
					'problem',
					__(
						'The body has an H1; the title is already the H1. Make it an H2.',
						'igny8'
					),
					block.id
				);
			}
			if ( heading.level > previous + 1 ) {
				return check(
					'heading_structure',
					'problem',
					sprintf(
						/* translators: 1: heading level found, 2: expected at most. */
						__(
							'An H%1$d follows an H%2$d: a level is skipped. Change the heading level.',
							'igny8'
						),
						heading.level,
						previous
					),
					block.id
				);
			}
			previous = heading.level;
			seenH2 ||= heading.level === 2;
			sectionWords = 0;
		}
		if ( block.isProse ) {
			sectionWords += block.words;
			if (
				sectionWords > MAX_SECTION_WORDS &&
				longSection === undefined
			) {
				longSection = block.id;
			}
		}
	}
	if ( ! seenH2 ) {
		return facts.words < 300
			? check(
					'heading_structure',
					'improve',
					__(
						'No H2 subheadings yet. Add them as the post grows.',
						'igny8'
					)
				)
			: check(
					'heading_structure',
					'problem',
					__(
						'No H2 subheadings. Break the text into sections with H2 headings.',
						'igny8'
					)
				);
	}
	if ( longSection !== undefined ) {
		return check(
			'heading_structure',
			'improve',
			sprintf(
				/* translators: %d: words. */
				__(
					'A section runs over %d words without a subheading. Add one.',
					'igny8'
				),
				MAX_SECTION_WORDS
			),
			longSection
		);
	}
	return check(
		'heading_structure',
		'good',
		__( 'Headings are nested in order.', 'igny8' )
	);
}

/**
 * Flesch reading ease of the prose; a weak score points at the hardest paragraph.
 */
export function readabilityCheck( facts: PostFacts ): {
	check: ScoreCheck;
	ease: number;
} {
	const ease = fleschReadingEase(
		proseWords( facts ),
		facts.sentences,
		facts.syllables
	);
	const found = sprintf(
		/* translators: %s: Flesch reading ease score. */
		__( 'Flesch reading ease %s.', 'igny8' ),
		ease.toFixed( 1 )
	);
	if ( ease >= 60 ) {
		return {
			ease,
			check: check(
				'readability',
				'good',
				found + ' ' + __( 'Easy to read.', 'igny8' )
			),
		};
	}
	const hardest = hardestBlock( facts );
	const fix = __( 'Use shorter sentences and simpler words.', 'igny8' );
	return {
		ease,
		check:
			ease >= 40
				? check( 'readability', 'improve', found + ' ' + fix, hardest )
				: check(
						'readability',
						'problem',
						found +
							' ' +
							__( 'Hard to read.', 'igny8' ) +
							' ' +
							fix,
						hardest
					),
	};
}

function hardestBlock( facts: PostFacts ): string | undefined {
	let hardest: { id: string; ease: number } | undefined;
	for ( const block of facts.blocks ) {
		if ( ! block.isProse || block.words < 15 ) {
			continue;
		}
		const ease = fleschReadingEase(
			block.words,
			block.sentences,
			block.syllables
		);
		if ( hardest === undefined || ease < hardest.ease ) {
			hardest = { id: block.id, ease };
		}
	}
	return hardest?.id;
}

/**
 * Internal links: one per ~500 words, at least one.
 */
export function internalLinksCheck( facts: PostFacts ): ScoreCheck {
	const wanted = Math.max(
		1,
		Math.min( 5, Math.floor( facts.words / 500 ) )
	);
	const found = sprintf(
		/* translators: %d: number of links. */
		_n(
			'%d internal link.',
			'%d internal links.',
			facts.internalLinks,
			'igny8'
		),
		facts.internalLinks
	);
	if ( facts.internalLinks >= wanted ) {
		return check( 'internal_links', 'good', found );
	}
	const fix = sprintf(
		/* translators: %d: number of links. */
		_n(
			'Link to at least %d related post (use “Suggest internal links”).',
			'Link to at least %d related posts (use “Suggest internal links”).',
			wanted,
			'igny8'
		),
		wanted
	);
	return check(
		'internal_links',
		facts.internalLinks > 0 ? 'improve' : 'problem',
		found + ' ' + fix
	);
}

/**
 * External links: at least one reference to a source.
 */
export function externalLinksCheck( facts: PostFacts ): ScoreCheck {
	if ( facts.externalLinks > 0 ) {
		return check(
			'external_links',
			'good',
			sprintf(
				/* translators: %d: number of links. */
				_n(
					'%d link to another site.',
					'%d links to other sites.',
					facts.externalLinks,
					'igny8'
				),
				facts.externalLinks
			)
		);
	}
	return check(
		'external_links',
		'improve',
		__(
			'No links to other sites. Cite at least one trustworthy source.',
			'igny8'
		)
	);
}

/**
 * Images present, each with alt text.
 */
export function imageAltCheck( facts: PostFacts ): ScoreCheck {
	if ( facts.images === 0 ) {
		return check(
			'image_alt',
			facts.words < 300 ? 'improve' : 'problem',
			__( 'No images. Add at least one image with alt text.', 'igny8' )
		);
	}
	if ( facts.imagesWithoutAlt > 0 ) {
		const block = facts.blocks.find(
			( item ) => item.imagesWithoutAlt > 0
		);
		return check(
			'image_alt',
			'problem',
			sprintf(
				/* translators: 1: images without alt text, 2: images. */
				_n(
					'%1$d of %2$d image has no alt text. Describe each image.',
					'%1$d of %2$d images have no alt text. Describe each image.',
					facts.images,
					'igny8'
				),
				facts.imagesWithoutAlt,
				facts.images
			),
			block?.id
		);
	}
	return check(
		'image_alt',
		'good',
		sprintf(
			/* translators: %d: number of images. */
			_n(
				'The %d image has alt text.',
				'All %d images have alt text.',
				facts.images,
				'igny8'
			),
			facts.images
		)
	);
}
