/**
 * Typed views of the two editor stores the sidebar uses (their installed packages ship no
 * declarations for these selectors), addressed by store name.
 */

/**
 * WordPress dependencies
 */
import type { BlockInstance } from '@wordpress/blocks';

export const EDITOR = 'core/editor';
export const BLOCK_EDITOR = 'core/block-editor';

/** Selectors of core/editor the sidebar reads. */
export interface EditorSelectors {
	getCurrentPostId: () => number;
	getCurrentPostType: () => string;
	getEditedPostAttribute: ( (
		name: 'title' | 'slug' | 'status'
	) => string ) &
		( ( name: 'meta' ) => Record< string, unknown > | undefined ) &
		( ( name: 'featured_media' ) => number );
	getEditedPostContent: () => string;
	getEditedPostSlug?: () => string;
	isEditedPostDirty: () => boolean;
}

/** Actions of core/editor the sidebar calls. */
export interface EditorActions {
	editPost: ( edits: Record< string, unknown > ) => void;
	resetEditorBlocks: ( blocks: BlockInstance[] ) => void;
	savePost: () => Promise< void >;
}

/** Selectors of core/block-editor the sidebar reads. */
export interface BlockEditorSelectors {
	getBlocks: () => BlockInstance[];
	getBlock: ( clientId: string ) => BlockInstance | null;
	getSelectedBlockClientIds: () => string[];
	getMultiSelectedBlockClientIds: () => string[];
	getSelectedBlockClientId: () => string | null;
	getBlockRootClientId: ( clientId: string ) => string | null;
	getBlockIndex: ( clientId: string ) => number;
}

/** Actions of core/block-editor the sidebar calls. */
export interface BlockEditorActions {
	updateBlockAttributes: (
		clientId: string,
		attributes: Record< string, unknown >
	) => void;
	replaceBlocks: ( clientIds: string[], blocks: BlockInstance[] ) => void;
	insertBlocks: (
		blocks: BlockInstance[],
		index?: number,
		rootClientId?: string
	) => void;
	selectBlock: ( clientId: string ) => void;
	__unstableMarkNextChangeAsNotPersistent: () => void;
	__unstableMarkLastChangeAsPersistent: () => void;
}
