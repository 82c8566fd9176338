/**
 * Saved post_content → top-level ScoreBlocks, without @wordpress/blocks (the Worker has no
 * block registry). Reads the block delimiters `<!-- wp:name {…} -->` … `<!-- /wp:name -->`
 * and `<!-- wp:name /-->`; HTML between top-level blocks becomes a "core/freeform" block, so
 * classic content is scored too.
 */

/**
 * Internal dependencies
 */
import type { BlocksFromPostContent, ScoreBlock } from './types.ts';

const DELIMITER =
	/<!--\s+(\/)?wp:([a-z][a-z0-9_-]*(?:\/[a-z][a-z0-9_-]*)?)\s+(?:\{[\s\S]*?\}\s+)?(\/)?-->/g;

function fullName( name: string ): string {
	return name.includes( '/' ) ? name : `core/${ name }`;
}

/**
 * The top-level blocks of saved content, ids "0", "1", … in order.
 */
export const blocksFromPostContent: BlocksFromPostContent = ( content ) => {
	const blocks: ScoreBlock[] = [];
	const push = ( name: string, html: string ): void => {
		blocks.push( { id: String( blocks.length ), name, html } );
	};
	const freeform = ( html: string ): void => {
		if ( html.trim() !== '' ) {
			push( 'core/freeform', html.trim() );
		}
	};

	let depth = 0;
	let openName = '';
	let openEnd = 0;
	let cursor = 0;
	for ( const match of content.matchAll( DELIMITER ) ) {
		const [ whole, closer, rawName, selfClosing ] = match;
		const index = match.index;
		const name = fullName( rawName ?? '' );
		if ( closer ) {
			if ( depth === 0 ) {
				// A stray closer: drop it, keep reading.
				freeform( content.slice( cursor, index ) );
				cursor = index + whole.length;
				continue;
			}
			depth--;
			if ( depth === 0 ) {
				push( openName, content.slice( openEnd, index ).trim() );
				cursor = index + whole.length;
			}
			continue;
		}
		if ( selfClosing ) {
			if ( depth === 0 ) {
				freeform( content.slice( cursor, index ) );
				push( name, '' );
				cursor = index + whole.length;
			}
			continue;
		}
		if ( depth === 0 ) {
			freeform( content.slice( cursor, index ) );
			openName = name;
			openEnd = index + whole.length;
		}
		depth++;
	}
	if ( depth > 0 ) {
		// Unclosed block: keep its HTML rather than dropping the rest of the post.
		push( openName, content.slice( openEnd ).trim() );
	} else {
		freeform( content.slice( cursor ) );
	}
	return blocks;
};
