/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { scorePost } from '../../score';
import { goodPost } from '../../score/test/fixtures';
import type { ScoreCheck } from '../../score/types';
import { checkLines } from '../lib/check-lines';

describe( 'checkLines', () => {
	it( 'tells an author with no target keyword once, and keeps every keyword check behind that line', () => {
		const { checks } = scorePost( { ...goodPost(), keyword: '' } );
		const lines = checkLines( checks );
		const missing = lines.filter( ( line ) =>
			line.message.startsWith( 'No target keyword is set.' )
		);
		expect( missing ).toHaveLength( 1 );
		expect( missing[ 0 ]!.ids ).toEqual( [
			'keyword_in_title',
			'keyword_in_first_paragraph',
			'keyword_in_headings',
			'keyword_in_slug',
			'keyword_density',
		] );
		expect( lines ).toHaveLength( checks.length - 4 );
		// Every check is on exactly one line.
		expect( lines.flatMap( ( line ) => line.ids ).sort() ).toEqual(
			checks.map( ( check ) => check.id ).sort()
		);
	} );

	it( 'keeps one line per check when each says something of its own', () => {
		const { checks } = scorePost( goodPost() );
		expect( new Set( checks.map( ( check ) => check.message ) ).size ).toBe(
			checks.length
		);
		expect( checkLines( checks ).map( ( line ) => line.ids ) ).toEqual(
			checks.map( ( check ) => [ check.id ] )
		);
	} );

	it( 'does not merge checks that point at a block, or that differ in status', () => {
		const same = 'Same words.';
		const checks: ScoreCheck[] = [
			{
				id: 'image_alt',
				status: 'problem',
				weight: 5,
				points: 0,
				message: same,
				blockId: 'a',
			},
			{
				id: 'heading_structure',
				status: 'problem',
				weight: 5,
				points: 0,
				message: same,
				blockId: 'b',
			},
			{
				id: 'readability',
				status: 'improve',
				weight: 5,
				points: 2,
				message: same,
			},
			{
				id: 'internal_links',
				status: 'problem',
				weight: 5,
				points: 0,
				message: same,
			},
		];
		expect( checkLines( checks ).map( ( line ) => line.ids ) ).toEqual( [
			[ 'image_alt' ],
			[ 'heading_structure' ],
			[ 'readability' ],
			[ 'internal_links' ],
		] );
	} );
} );
