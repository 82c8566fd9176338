/**
 * Shows in the editor what the server just wrote to the post (an undo, an accepted change), so
 * the editor does not hold stale blocks that a save would write back.
 */

/**
 * WordPress dependencies
 */
import { dispatch, select } from '@wordpress/data';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { resetContent } from './editor';
import { EDITOR, type EditorActions, type EditorSelectors } from './stores';
import type { AppliedChange } from './types';

/**
 * Puts the written content and meta into the edited post, then saves it so the editor holds no
 * edits: what it saves is what the server already wrote (the caller checked there were no
 * unsaved edits of the user's own).
 */
export async function showApplied(
	change: Partial< AppliedChange >
): Promise< void > {
	const editor = dispatch( EDITOR ) as unknown as EditorActions;
	if ( typeof change.content === 'string' ) {
		resetContent( change.content );
	}
	const meta = { ...( change.meta ?? {} ) };
	if ( '_thumbnail_id' in meta ) {
		editor.editPost( {
			featured_media: Number( meta._thumbnail_id ) || 0,
		} );
		delete meta._thumbnail_id;
	}
	if ( Object.keys( meta ).length > 0 ) {
		editor.editPost( { meta } );
	}
	await editor.savePost();
}

/**
 * Why the server's copy cannot be changed now: unsaved edits would be lost when the editor shows
 * what the server wrote. Null when the editor has none.
 */
export function unsavedEditsReason(): string | null {
	const editor = select( EDITOR ) as unknown as EditorSelectors;
	return editor.isEditedPostDirty()
		? __(
				'Save the post first: this works on the saved post, and your unsaved edits would be lost. (Ctrl+Z undoes unsaved changes.)',
				'igny8'
			)
		: null;
}

/** Whether readers can see the post (its AI changes are then confirmed or proposed first). */
export function isLivePost(): boolean {
	const editor = select( EDITOR ) as unknown as EditorSelectors;
	return [ 'publish', 'future', 'private' ].includes(
		editor.getEditedPostAttribute( 'status' )
	);
}
