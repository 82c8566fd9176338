/**
 * WordPress dependencies
 */
import { Button, TextControl, TextareaControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { StrategySelect } from '../../shared/StrategySelect';
import type { DraftForm } from '../types';

interface WriterFormProps {
	form: DraftForm;
	busy: boolean;
	onChange: ( form: DraftForm ) => void;
	onSubmit: () => void;
}

/**
 * Title, brief, keywords and writing strategy for one article, and the Generate button.
 */
export function WriterForm( {
	form,
	busy,
	onChange,
	onSubmit,
}: WriterFormProps ) {
	const handleSubmit = ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		onSubmit();
	};

	return (
		<form className="igny8-form" onSubmit={ handleSubmit } noValidate>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Title', 'igny8' ) }
				value={ form.title }
				onChange={ ( title ) => onChange( { ...form, title } ) }
				disabled={ busy }
			/>
			<TextareaControl
				__nextHasNoMarginBottom
				label={ __( 'Brief', 'igny8' ) }
				help={ __(
					'What the article should cover, for whom, and in what tone.',
					'igny8'
				) }
				rows={ 6 }
				value={ form.brief }
				onChange={ ( brief ) => onChange( { ...form, brief } ) }
				disabled={ busy }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Keywords', 'igny8' ) }
				help={ __(
					'Optional. Separate keywords with commas.',
					'igny8'
				) }
				value={ form.keywords }
				onChange={ ( keywords ) => onChange( { ...form, keywords } ) }
				disabled={ busy }
			/>
			<StrategySelect
				control={ {
					__next40pxDefaultSize: true,
					__nextHasNoMarginBottom: true,
					value: form.strategy,
					onChange: ( strategy: string ) =>
						onChange( { ...form, strategy } ),
					disabled: busy,
				} }
				help={ __(
					'Length, structure, tone, images, FAQ, key takeaways and links of the article.',
					'igny8'
				) }
			/>
			<div className="igny8-actions">
				<Button
					__next40pxDefaultSize
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
				>
					{ __( 'Generate', 'igny8' ) }
				</Button>
			</div>
		</form>
	);
}
