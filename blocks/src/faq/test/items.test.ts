/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	editableItems,
	hasText,
	itemsFromAnswer,
	removeItem,
	replaceItem,
	savedItems,
} from '../items';

describe( 'FAQ items', () => {
	it( 'saves only complete pairs', () => {
		expect(
			savedItems( [
				{ question: 'Q?', answer: 'A.' },
				{ question: 'Q only', answer: '&nbsp;' },
				{ question: '<br>', answer: 'A only' },
			] )
		).toEqual( [ { question: 'Q?', answer: 'A.' } ] );
		expect( hasText( '<strong>x</strong>' ) ).toBe( true );
	} );

	it( 'always offers one pair to type in and edits by copy', () => {
		expect( editableItems( [] ) ).toEqual( [
			{ question: '', answer: '' },
		] );
		const items = [
			{ question: 'a', answer: 'b' },
			{ question: 'c', answer: 'd' },
		];
		expect( replaceItem( items, 1, { answer: 'e' } ) ).toEqual( [
			{ question: 'a', answer: 'b' },
			{ question: 'c', answer: 'e' },
		] );
		expect( removeItem( items, 0 ) ).toEqual( [
			{ question: 'c', answer: 'd' },
		] );
		expect( items ).toHaveLength( 2 );
	} );

	it( 'escapes the AI’s plain text before it becomes rich text', () => {
		expect(
			itemsFromAnswer( [ { question: 'Is <b> & x?', answer: 'Yes' } ] )
		).toEqual( [ { question: 'Is &lt;b&gt; &amp; x?', answer: 'Yes' } ] );
	} );
} );
