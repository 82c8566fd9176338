/**
 * WordPress dependencies
 */
import { RichText, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { editableItems, removeItem, replaceItem } from './items';
import type { FaqAttributes } from './types';

/**
 * Editor view: the heading, then each question and answer edited in place.
 */
export default function Edit( {
	attributes,
	setAttributes,
	isSelected,
}: BlockEditProps< FaqAttributes > ) {
	const items = editableItems( attributes.items );
	const setItems = ( next: FaqAttributes[ 'items' ] ) =>
		setAttributes( { items: next } );

	return (
		<div { ...useBlockProps() }>
			<RichText
				tagName="h2"
				className="wp-block-igny8-faq__heading"
				value={ attributes.heading }
				onChange={ ( heading: string ) => setAttributes( { heading } ) }
				placeholder={ __( 'Frequently asked questions', 'igny8' ) }
				aria-label={ __( 'FAQ heading', 'igny8' ) }
			/>
			{ items.map( ( item, index ) => (
				<div className="wp-block-igny8-faq__item" key={ index }>
					<RichText
						tagName="h3"
						className="wp-block-igny8-faq__question"
						value={ item.question }
						identifier={ `question-${ index }` }
						onChange={ ( question: string ) =>
							setItems(
								replaceItem( items, index, { question } )
							)
						}
						placeholder={ __( 'Question', 'igny8' ) }
						aria-label={ sprintf(
							/* translators: %d: question number */
							__( 'Question %d', 'igny8' ),
							index + 1
						) }
					/>
					<RichText
						tagName="p"
						className="wp-block-igny8-faq__answer"
						value={ item.answer }
						identifier={ `answer-${ index }` }
						onChange={ ( answer: string ) =>
							setItems( replaceItem( items, index, { answer } ) )
						}
						placeholder={ __( 'Answer', 'igny8' ) }
						aria-label={ sprintf(
							/* translators: %d: question number */
							__( 'Answer %d', 'igny8' ),
							index + 1
						) }
					/>
					{ isSelected && items.length > 1 && (
						<Button
							variant="link"
							isDestructive
							onClick={ () =>
								setItems( removeItem( items, index ) )
							}
						>
							{ __( 'Remove this question', 'igny8' ) }
						</Button>
					) }
				</div>
			) ) }
			{ isSelected && (
				<Button
					variant="secondary"
					onClick={ () =>
						setItems( [ ...items, { question: '', answer: '' } ] )
					}
				>
					{ __( 'Add a question', 'igny8' ) }
				</Button>
			) }
		</div>
	);
}
