/**
 * WordPress dependencies
 */
import { useSelect } from '@wordpress/data';
import { useEffect } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { contextRequests } from '../lib/context-request';
import { EDITOR, type EditorSelectors } from '../lib/stores';

/**
 * Rendered beside a panel's lazy content: the post's context is asked for while the chunk
 * loads, not after it (the score waits for both). Renders nothing.
 */
export function ContextRequest() {
	const postId = useSelect(
		( select ) =>
			(
				select( EDITOR ) as unknown as EditorSelectors
			 ).getCurrentPostId(),
		[]
	);
	useEffect( () => {
		if ( postId ) {
			// The panel that shows the context reports a failure (and asks again).
			contextRequests.load( postId ).catch( () => undefined );
		}
	}, [ postId ] );
	return null;
}
