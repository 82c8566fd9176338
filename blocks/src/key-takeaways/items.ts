/**
 * Internal dependencies
 */
import type { Takeaway } from './types';

/**
 * The items the editor shows: always at least one, so there is a place to type.
 */
export function editableItems( items: Takeaway[] | undefined ): Takeaway[] {
	return items && items.length ? items : [ { text: '' } ];
}

/**
 * The items worth saving: empty list items are dropped.
 */
export function savedItems( items: Takeaway[] | undefined ): Takeaway[] {
	return ( items ?? [] ).filter( ( item ) => hasText( item.text ) );
}

/**
 * True when rich text holds something besides tags and whitespace.
 */
export function hasText( html: string | undefined ): boolean {
	return (
		!! html &&
		html
			.replace( /<[^>]*>/g, '' )
			.replace( /&nbsp;/g, ' ' )
			.trim() !== ''
	);
}

/**
 * Returns a copy with item `index` replaced.
 */
export function replaceItem(
	items: Takeaway[],
	index: number,
	text: string
): Takeaway[] {
	return items.map( ( item, i ) => ( i === index ? { text } : item ) );
}

/**
 * Returns a copy without item `index`.
 */
export function removeItem( items: Takeaway[], index: number ): Takeaway[] {
	return items.filter( ( _, i ) => i !== index );
}
