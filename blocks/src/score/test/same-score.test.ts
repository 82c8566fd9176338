/**
 * One score: the cases in same-score-cases.json hold the number every side must give. This
 * file scores them as the editor's sidebar does (the module on the post's blocks); the
 * PHPUnit twin (plugin/tests/Optimizer/Same_Score_Test.php) stores them through Scorer and the
 * Worker and expects the same numbers.
 */

/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { blocksFromPostContent, scorePost } from '../index.ts';
import type { CheckStatus } from '../types.ts';
import shared from './same-score-cases.json';

interface SameScoreCase {
	name: string;
	title: string;
	slug: string;
	keyword: string;
	metaTitle: string;
	metaDescription: string;
	content: string;
	featuredAlt: string | null;
	score: number;
	checks: Record< string, CheckStatus >;
}

const cases = shared.cases as SameScoreCase[];

function editorScore( item: SameScoreCase ) {
	return scorePost( {
		title: item.title,
		slug: item.slug,
		keyword: item.keyword,
		metaTitle: item.metaTitle,
		metaDescription: item.metaDescription,
		targetWords: null,
		siteHost: 'example.org',
		featuredImage:
			item.featuredAlt === null ? null : { alt: item.featuredAlt },
		blocks: blocksFromPostContent( item.content ),
	} );
}

describe( 'the shared score cases', () => {
	it.each( cases.map( ( item ) => [ item.name, item ] as const ) )(
		'%s',
		( _name, item ) => {
			const result = editorScore( item );
			expect( result.score ).toBe( item.score );
			for ( const [ id, status ] of Object.entries( item.checks ) ) {
				expect(
					result.checks.find( ( found ) => found.id === id )?.status
				).toBe( status );
			}
		}
	);

	it( 'cover the featured image and the keyword in title and slug', () => {
		const [ withImage, withoutImage, withoutAlt, noKeyword ] = cases;
		expect( withImage?.score ).toBeGreaterThan(
			withoutImage?.score ?? 100
		);
		expect( withoutAlt?.checks.image_alt ).toBe( 'problem' );
		expect( noKeyword?.checks.keyword_in_title ).toBe( 'problem' );
		expect( noKeyword?.checks.keyword_in_slug ).toBe( 'problem' );
	} );
} );
