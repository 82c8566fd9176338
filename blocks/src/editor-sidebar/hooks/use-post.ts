/**
 * The edited post as the sidebar needs it.
 */

/**
 * WordPress dependencies
 */
import { useDispatch, useSelect } from '@wordpress/data';

/**
 * Internal dependencies
 */
import {
	EDITOR,
	type EditorActions,
	type EditorSelectors,
} from '../lib/stores';

/** Meta keys the sidebar reads and writes (registered with show_in_rest by the plugin). */
export const META = {
	metaTitle: '_igny8_meta_title',
	metaDescription: '_igny8_meta_description',
	targetKeyword: '_igny8_target_keyword',
	targetWords: '_igny8_target_words',
} as const;

/** Post id, title, slug, meta and the editPost action. */
export function useEditedPost() {
	const post = useSelect( ( select ) => {
		const editor = select( EDITOR ) as unknown as EditorSelectors;
		const meta = editor.getEditedPostAttribute( 'meta' ) ?? {};
		return {
			postId: editor.getCurrentPostId(),
			title: editor.getEditedPostAttribute( 'title' ) ?? '',
			slug:
				editor.getEditedPostSlug?.() ??
				editor.getEditedPostAttribute( 'slug' ) ??
				'',
			meta,
			featuredMedia:
				Number( editor.getEditedPostAttribute( 'featured_media' ) ) ||
				0,
		};
	}, [] );
	const { editPost } = useDispatch( EDITOR ) as unknown as EditorActions;
	const text = ( key: string ) => {
		const value = post.meta[ key ];
		return typeof value === 'string' ? value : '';
	};
	return {
		...post,
		metaTitle: text( META.metaTitle ),
		metaDescription: text( META.metaDescription ),
		targetKeyword: text( META.targetKeyword ),
		/** The post's own target length; 0 when it uses the plan's default. */
		targetWords: Number( post.meta[ META.targetWords ] ) || 0,
		setMeta: ( values: Record< string, string | number > ) =>
			editPost( { meta: values } ),
	};
}
