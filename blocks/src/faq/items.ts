/**
 * Pure helpers of the FAQ block, tested without an editor.
 */

/**
 * Internal dependencies
 */
import type { FaqItem } from './types';

/** True when rich text has visible text (not only tags, spaces or &nbsp;). */
export function hasText( html: string | undefined ): boolean {
	return (
		( html ?? '' ).replace( /<[^>]*>/g, '' ).replace( /&nbsp;|\s/g, '' ) !==
		''
	);
}

/** Items saved to the post: both parts filled in. */
export function savedItems( items: FaqItem[] | undefined ): FaqItem[] {
	return ( items ?? [] ).filter(
		( item ) => hasText( item.question ) && hasText( item.answer )
	);
}

/** Items shown in the editor: always at least one to type in. */
export function editableItems( items: FaqItem[] | undefined ): FaqItem[] {
	return items && items.length > 0 ? items : [ { question: '', answer: '' } ];
}

/** A copy of `items` with one item changed. */
export function replaceItem(
	items: FaqItem[],
	index: number,
	next: Partial< FaqItem >
): FaqItem[] {
	return items.map( ( item, i ) =>
		i === index ? { ...item, ...next } : item
	);
}

/** A copy of `items` without one item. */
export function removeItem( items: FaqItem[], index: number ): FaqItem[] {
	return items.filter( ( _, i ) => i !== index );
}

/** Plain text pairs (escaped for HTML) from the AI's answer, ready to become attributes. */
export function itemsFromAnswer(
	pairs: Array< { question: string; answer: string } >
): FaqItem[] {
	const escape = ( text: string ) =>
		text
			.replace( /&/g, '&amp;' )
			.replace( /</g, '&lt;' )
			.replace( />/g, '&gt;' );
	return pairs.map( ( pair ) => ( {
		question: escape( pair.question ),
		answer: escape( pair.answer ),
	} ) );
}
