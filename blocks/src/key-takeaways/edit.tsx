/**
 * WordPress dependencies
 */
import {
	InspectorControls,
	RichText,
	useBlockProps,
} from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import {
	Button,
	PanelBody,
	SelectControl,
	ToggleControl,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { editableItems, hasText, removeItem, replaceItem } from './items';
import type { KeyTakeawaysAttributes } from './types';
import './editor.scss';

const HEADING_LEVELS = [
	{ label: 'H2', value: '2' },
	{ label: 'H3', value: '3' },
	{ label: 'H4', value: '4' },
];

/**
 * Text of a rich-text value; DOMParser runs no scripts and loads no images.
 */
function plainText( html: string ): string {
	return (
		new DOMParser().parseFromString( html, 'text/html' ).body.textContent ??
		''
	);
}

/**
 * Editor view: the heading and each takeaway are edited in place.
 */
export default function Edit( {
	attributes,
	setAttributes,
	isSelected,
}: BlockEditProps< KeyTakeawaysAttributes > ) {
	const { heading, headingLevel, ordered } = attributes;
	const items = editableItems( attributes.items );
	const ListTag = ordered ? 'ol' : 'ul';

	return (
		<>
			<InspectorControls>
				<PanelBody title={ __( 'Settings', 'igny8' ) }>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Heading level', 'igny8' ) }
						value={ String( headingLevel ) }
						options={ HEADING_LEVELS }
						onChange={ ( value: string ) =>
							setAttributes( {
								headingLevel: Number( value ) as 2 | 3 | 4,
							} )
						}
					/>
					<ToggleControl
						__nextHasNoMarginBottom
						label={ __( 'Numbered list', 'igny8' ) }
						checked={ ordered }
						onChange={ ( value: boolean ) =>
							setAttributes( { ordered: value } )
						}
					/>
				</PanelBody>
				<PanelBody title={ __( 'Takeaways', 'igny8' ) }>
					<ul className="igny8-key-takeaways__manage">
						{ items.map( ( item, index ) => (
							<li key={ index }>
								<span>
									{ hasText( item.text )
										? plainText( item.text )
										: __( '(empty)', 'igny8' ) }
								</span>
								<Button
									size="small"
									variant="link"
									isDestructive
									label={ sprintf(
										/* translators: %d: takeaway number. */
										__( 'Remove takeaway %d', 'igny8' ),
										index + 1
									) }
									onClick={ () =>
										setAttributes( {
											items: removeItem( items, index ),
										} )
									}
								>
									{ __( 'Remove', 'igny8' ) }
								</Button>
							</li>
						) ) }
					</ul>
				</PanelBody>
			</InspectorControls>
			<div { ...useBlockProps() }>
				<RichText
					tagName={ `h${ headingLevel }` }
					className="wp-block-igny8-key-takeaways__heading"
					value={ heading }
					onChange={ ( value ) =>
						setAttributes( { heading: value } )
					}
					placeholder={ __( 'Key takeaways', 'igny8' ) }
					allowedFormats={ [ 'core/bold', 'core/italic' ] }
					disableLineBreaks
				/>
				{ /* Each <li> wraps its rich text: an editable element takes role "textbox", and a list
				     whose children are textboxes instead of list items fails axe's "list" rule. */ }
				<ListTag className="wp-block-igny8-key-takeaways__list">
					{ items.map( ( item, index ) => (
						<li key={ index }>
							<RichText
								tagName="span"
								identifier={ `items-${ index }` }
								value={ item.text }
								onChange={ ( value ) =>
									setAttributes( {
										items: replaceItem(
											items,
											index,
											value
										),
									} )
								}
								placeholder={ __(
									'Write a takeaway…',
									'igny8'
								) }
								aria-label={ sprintf(
									/* translators: %d: takeaway number. */
									__( 'Takeaway %d', 'igny8' ),
									index + 1
								) }
								allowedFormats={ [
									'core/bold',
									'core/italic',
									'core/link',
								] }
								disableLineBreaks
							/>
						</li>
					) ) }
				</ListTag>
				{ isSelected && (
					<Button
						__next40pxDefaultSize
						variant="secondary"
						className="wp-block-igny8-key-takeaways__add"
						onClick={ () =>
							setAttributes( {
								items: [ ...items, { text: '' } ],
							} )
						}
					>
						{ __( 'Add takeaway', 'igny8' ) }
					</Button>
				) }
			</div>
		</>
	);
}
