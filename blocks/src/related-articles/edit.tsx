/**
 * WordPress dependencies
 */
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { PanelBody, RangeControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
// eslint-disable-next-line import/no-extraneous-dependencies -- WordPress provides it at run time (wp-scripts externalises it); installed through @wordpress/block-library.
import ServerSideRender from '@wordpress/server-side-render';

/**
 * Internal dependencies
 */
import type { RelatedArticlesAttributes } from './types';

/**
 * Editor view: the server's render (the same list readers see) and its settings.
 */
export default function Edit( {
	attributes,
	setAttributes,
}: BlockEditProps< RelatedArticlesAttributes > ) {
	return (
		<div { ...useBlockProps() }>
			<InspectorControls>
				<PanelBody title={ __( 'Settings', 'igny8' ) }>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Heading', 'igny8' ) }
						value={ attributes.heading }
						placeholder={ __( 'Related articles', 'igny8' ) }
						onChange={ ( heading: string ) =>
							setAttributes( { heading } )
						}
					/>
					<RangeControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Number of articles', 'igny8' ) }
						value={ attributes.count }
						min={ 1 }
						max={ 10 }
						onChange={ ( count?: number ) =>
							setAttributes( { count: count ?? 3 } )
						}
					/>
				</PanelBody>
			</InspectorControls>
			<ServerSideRender
				block="igny8/related-articles"
				attributes={ { ...attributes } }
			/>
		</div>
	);
}
