/**
 * WordPress dependencies
 */
import { Button, TextControl, TextareaControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import type { DraftForm } from '../types';

interface WriterFormProps {
	form: DraftForm;
	busy: boolean;
	onChange: ( form: DraftForm ) => void;
	onSubmit: () => void;
}

/**
 * Title, brief and keywords for one article, and the Generate button.
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
