/**
 * WordPress dependencies
 */
import { RichText, useBlockProps } from '@wordpress/block-editor';
import type { BlockSaveProps } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import { hasText, savedItems } from './items';
import type { KeyTakeawaysAttributes } from './types';

/**
 * Static markup: an optional heading and the non-empty takeaways.
 */
export default function save( {
	attributes,
}: BlockSaveProps< KeyTakeawaysAttributes > ) {
	const { heading, headingLevel, ordered } = attributes;
	const ListTag = ordered ? 'ol' : 'ul';

	return (
		<div { ...useBlockProps.save() }>
			{ hasText( heading ) && (
				<RichText.Content
					tagName={ `h${ headingLevel }` }
					className="wp-block-igny8-key-takeaways__heading"
					value={ heading }
				/>
			) }
			<ListTag className="wp-block-igny8-key-takeaways__list">
				{ savedItems( attributes.items ).map( ( item, index ) => (
					<RichText.Content
						key={ index }
						tagName="li"
						value={ item.text }
					/>
				) ) }
			</ListTag>
		</div>
	);
}
