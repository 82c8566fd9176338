/**
 * WordPress dependencies
 */
import { registerBlockType } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import Edit from './edit';
import metadata from './block.json';
import type { RelatedArticlesAttributes } from './types';

// Dynamic block: nothing is saved but the comment; render.php draws it.
registerBlockType< RelatedArticlesAttributes >( metadata, {
	edit: Edit,
	save: () => null,
} );
