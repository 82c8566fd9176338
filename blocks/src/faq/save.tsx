/**
 * WordPress dependencies
 */
import { RichText, useBlockProps } from '@wordpress/block-editor';
import type { BlockSaveProps } from '@wordpress/blocks';

/**
 * Internal dependencies
 */
import { hasText, savedItems } from './items';
import type { FaqAttributes } from './types';

/**
 * Static markup; the FAQPage JSON-LD is added on the front end by PHP (Blocks/Faq_Schema.php),
 * so a kses-filtered save never strips it.
 */
export default function save( {
	attributes,
}: BlockSaveProps< FaqAttributes > ) {
	return (
		<div { ...useBlockProps.save() }>
			{ hasText( attributes.heading ) && (
				<RichText.Content
					tagName="h2"
					className="wp-block-igny8-faq__heading"
					value={ attributes.heading }
				/>
			) }
			{ savedItems( attributes.items ).map( ( item, index ) => (
				<div className="wp-block-igny8-faq__item" key={ index }>
					<RichText.Content
						tagName="h3"
						className="wp-block-igny8-faq__question"
						value={ item.question }
					/>
					<RichText.Content
						tagName="p"
						className="wp-block-igny8-faq__answer"
						value={ item.answer }
					/>
				</div>
			) ) }
		</div>
	);
}
