/**
 * WordPress dependencies
 */
import { Button, Modal, TextareaControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { regenerateImage } from '../api';
import { PROMPT_MAX_LENGTH, promptProblem } from '../image-prompt';
import { errorToNotice } from '../../shared/errors';
import { ScreenNoticeView } from '../../shared/screen-notices';
import type { ScreenNotice } from '../../shared/types';
import type { ImageItem } from '../types';

/**
 * Asks for the prompt (the image's own, editable) and starts drawing the image again; the new
 * image takes the old one's place in the post when the job's result arrives.
 */
export function RegenerateImageModal( {
	item,
	onClose,
	onStarted,
}: {
	item: ImageItem;
	onClose: () => void;
	onStarted: ( jobId: string ) => void;
} ) {
	const [ prompt, setPrompt ] = useState( item.prompt );
	const [ notice, setNotice ] = useState< ScreenNotice | null >( null );
	const [ busy, setBusy ] = useState( false );

	const submit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		const problem = promptProblem( prompt );
		if ( problem ) {
			setNotice( { status: 'error', message: problem } );
			return;
		}
		setBusy( true );
		setNotice( null );
		try {
			const { job_id: jobId } = await regenerateImage( {
				post_id: item.post_id,
				attachment_id: item.id,
				prompt: prompt.trim(),
			} );
			onStarted( jobId );
		} catch ( error ) {
			// The prompt stays as typed, so the user can fix it and try again.
			setNotice( errorToNotice( error ) );
			setBusy( false );
		}
	};

	return (
		<Modal
			title={ __( 'Regenerate image', 'igny8' ) }
			onRequestClose={ onClose }
			size="medium"
		>
			<form className="igny8-form" onSubmit={ submit } noValidate>
				{ notice && <ScreenNoticeView notice={ notice } /> }
				<TextareaControl
					__nextHasNoMarginBottom
					label={ __( 'Prompt', 'igny8' ) }
					help={ __(
						'What the new image shows. It replaces this image in the post; the old one stays in the media library.',
						'igny8'
					) }
					value={ prompt }
					onChange={ setPrompt }
					rows={ 5 }
					maxLength={ PROMPT_MAX_LENGTH }
					required
				/>
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ __( 'Regenerate', 'igny8' ) }
				</Button>
			</form>
		</Modal>
	);
}
