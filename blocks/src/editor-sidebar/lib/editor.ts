/**
 * Changes the sidebar makes in the block editor, each one undo step: a streamed rewrite (the
 * first change is a normal undo level, every later one is merged into it), inserted or filled
 * blocks and inserted links.
 */

/**
 * WordPress dependencies
 */
import { createBlock, parse, type BlockInstance } from '@wordpress/blocks';
import { dispatch, select } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { escapeHtml, htmlText } from './html';
import { linkAnchor } from './links';
import {
	BLOCK_EDITOR,
	EDITOR,
	type BlockEditorActions,
	type BlockEditorSelectors,
	type EditorActions,
	type EditorSelectors,
} from './stores';

const blockEditor = () =>
	select( BLOCK_EDITOR ) as unknown as BlockEditorSelectors;
const blockActions = () =>
	dispatch( BLOCK_EDITOR ) as unknown as BlockEditorActions;
const editor = () => select( EDITOR ) as unknown as EditorSelectors;

/** Blocks whose text the rewrite can replace: those with a rich text `content` attribute. */
const REWRITABLE = new Set( [
	'core/paragraph',
	'core/heading',
	'core/preformatted',
	'core/verse',
	'core/quote',
	'core/pullquote',
] );

/** The saved content now (for the provenance entry's "before"). */
export function currentContent(): string {
	return editor().getEditedPostContent();
}

/** The selected blocks the rewrite can work on, in document order. */
export function rewritableSelection(): BlockInstance[] {
	const store = blockEditor();
	const multi = store.getMultiSelectedBlockClientIds();
	const single = store.getSelectedBlockClientId();
	const fallback = single ? [ single ] : [];
	const ids = multi.length > 0 ? multi : fallback;
	return ids
		.map( ( id ) => store.getBlock( id ) )
		.filter(
			( block ): block is BlockInstance =>
				!! block &&
				REWRITABLE.has( block.name ) &&
				block.attributes.content !== undefined
		);
}

/** Plain text of the blocks, one paragraph each. */
export function selectionText( blocks: BlockInstance[] ): string {
	return blocks
		.map( ( block ) =>
			htmlText( String( block.attributes.content ?? '' ) )
		)
		.join( '\n\n' );
}

/**
 * A writer that streams text into the selection: the first write replaces the selected blocks
 * by one block (a normal undo level); later writes are merged into that level; finish() splits
 * the text into paragraphs, still in the same level. One Ctrl+Z restores the original blocks.
 */
export function streamingWriter( blocks: BlockInstance[] ) {
	const first = blocks[ 0 ] as BlockInstance;
	let targetId: string | null = null;
	const html = ( text: string ) =>
		escapeHtml( text ).replace( /\n/g, '<br>' );
	const write = ( text: string ) => {
		const actions = blockActions();
		if ( targetId === null ) {
			// Close the undo level of whatever came before, so the rewrite starts its own.
			actions.__unstableMarkLastChangeAsPersistent();
			if ( blocks.length === 1 ) {
				targetId = first.clientId;
				actions.updateBlockAttributes( targetId, {
					content: html( text ),
				} );
			} else {
				const replacement = createBlock( first.name, {
					...first.attributes,
					content: html( text ),
				} );
				targetId = replacement.clientId;
				actions.replaceBlocks(
					blocks.map( ( block ) => block.clientId ),
					[ replacement ]
				);
			}
			return;
		}
		actions.__unstableMarkNextChangeAsNotPersistent();
		actions.updateBlockAttributes( targetId, { content: html( text ) } );
	};
	return {
		write,
		/** Final text: paragraphs (blank-line separated) become blocks of the first block's type. */
		finish( text: string ) {
			const paragraphs = text
				.split( /\n\s*\n/ )
				.map( ( part ) => part.trim() )
				.filter( Boolean );
			if ( targetId === null ) {
				write( text );
			}
			if ( paragraphs.length <= 1 ) {
				write( text.trim() );
				return;
			}
			const actions = blockActions();
			actions.__unstableMarkNextChangeAsNotPersistent();
			actions.replaceBlocks(
				[ targetId as string ],
				paragraphs.map( ( part, i ) =>
					createBlock(
						i === 0 ? first.name : 'core/paragraph',
						i === 0
							? { ...first.attributes, content: html( part ) }
							: { content: html( part ) }
					)
				)
			);
		},
		/** Whether anything was written (a failure after that leaves the partial text, undoable). */
		started: () => targetId !== null,
	};
}

/** Inserts a block after the selection (or at the end) and selects it. */
export function insertAfterSelection( block: BlockInstance ): void {
	const store = blockEditor();
	const selected = store.getSelectedBlockClientId();
	const root = selected ? store.getBlockRootClientId( selected ) : null;
	const index =
		selected && ! root
			? store.getBlockIndex( selected ) + 1
			: store.getBlocks().length;
	blockActions().insertBlocks( [ block ], index );
	blockActions().selectBlock( block.clientId );
}

/**
 * The client id of a top-level block of this type the post already has, other than the
 * selected one (which fillOrInsert fills anyway); null when there is none.
 */
export function otherBlockOfType( name: string ): string | null {
	const store = blockEditor();
	const selected = store.getSelectedBlockClientId();
	const found = store
		.getBlocks()
		.find(
			( block ) => block.name === name && block.clientId !== selected
		);
	return found ? found.clientId : null;
}

/** Selects a block, so the next fillOrInsert fills it instead of adding another. */
export function selectBlock( clientId: string ): void {
	blockActions().selectBlock( clientId );
}

/**
 * Puts a generated block in the post: fills the selected block when it is of the same type
 * (keeping a heading the author wrote), otherwise inserts it after the selection. One undo step.
 */
export function fillOrInsert( block: BlockInstance ): void {
	const store = blockEditor();
	const selectedId = store.getSelectedBlockClientId();
	const selected = selectedId ? store.getBlock( selectedId ) : null;
	if ( ! selected || selected.name !== block.name ) {
		insertAfterSelection( block );
		return;
	}
	const heading = String( selected.attributes.heading ?? '' );
	blockActions().__unstableMarkLastChangeAsPersistent();
	blockActions().updateBlockAttributes( selected.clientId, {
		...block.attributes,
		...( htmlText( heading ).trim() ? { heading } : {} ),
	} );
}

/** One inserted link and where it went. */
export interface InsertedLink {
	url: string;
	anchor: string;
	blockId: string | null;
}

/**
 * Links each anchor in the first block (top level or nested) whose text contains it outside a
 * link. All changes form one undo step. Returns where each went (blockId null: not found).
 */
export function insertLinks(
	links: Array< { url: string; anchor: string } >
): InsertedLink[] {
	const store = blockEditor();
	const flat: BlockInstance[] = [];
	const walk = ( list: BlockInstance[] ) => {
		for ( const block of list ) {
			flat.push( block );
			walk( block.innerBlocks );
		}
	};
	walk( store.getBlocks() );
	const edited = new Map< string, string >();
	const results: InsertedLink[] = [];
	for ( const link of links ) {
		let placed: string | null = null;
		for ( const block of flat ) {
			if ( block.attributes.content === undefined ) {
				continue;
			}
			const current =
				edited.get( block.clientId ) ??
				String( block.attributes.content );
			const next = linkAnchor( current, link.anchor, link.url );
			if ( next !== null ) {
				edited.set( block.clientId, next );
				placed = block.clientId;
				break;
			}
		}
		results.push( { ...link, blockId: placed } );
	}
	let firstChange = true;
	if ( edited.size > 0 ) {
		blockActions().__unstableMarkLastChangeAsPersistent();
	}
	for ( const [ clientId, content ] of edited ) {
		if ( ! firstChange ) {
			blockActions().__unstableMarkNextChangeAsNotPersistent();
		}
		blockActions().updateBlockAttributes( clientId, { content } );
		firstChange = false;
	}
	return results;
}

/** Replaces the editor's blocks with restored content (after a server-side undo). */
export function resetContent( content: string ): void {
	( dispatch( EDITOR ) as unknown as EditorActions ).resetEditorBlocks(
		parse( content )
	);
}
