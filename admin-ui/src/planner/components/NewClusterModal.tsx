/**
 * WordPress dependencies
 */
import {
	Modal,
	SelectControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import { TargetWordsField } from '../../shared/TargetWordsField';
import { useForm } from '../../shared/use-form';
import {
	CLUSTER_FORM_FIELDS,
	clusterServerErrors,
	emptyClusterForm,
	validateClusterForm,
	type ClusterFormField,
} from '../cluster-form';
import { selectOptions, type SectorOption } from '../sectors';
import { FormActions, ModalForm } from './FormActions';

/** The form's own notices (and the slot of its one notice). */
const FORM_NOTICES = 'igny8/new-cluster';

/**
 * A cluster made by hand: name, description, target length and sector, checked as the server
 * checks them (a taken name is a 409 under the name). What was typed is kept on any error.
 */
export function NewClusterModal( {
	sectors,
	onClose,
}: {
	sectors: SectorOption[];
	onClose: () => void;
} ) {
	const form = useForm< ClusterFormField >(
		emptyClusterForm(),
		CLUSTER_FORM_FIELDS,
		'igny8-new-cluster'
	);
	const [ saving, setSaving ] = useState( false );
	const { createItem } = useDispatch( store );
	const notices = useScreenNotices();
	const formNotices = useScreenNotices( FORM_NOTICES );

	const save = async () => {
		const checked = validateClusterForm( form.values );
		form.showErrors( checked.errors );
		formNotices.remove( FORM_NOTICES );
		if ( ! checked.data ) {
			return;
		}
		setSaving( true );
		try {
			await createItem( 'clusters', checked.data );
			notices.snackbar(
				sprintf(
					/* translators: %s: cluster name */
					__(
						'Cluster “%s” created. Move keywords into it from the Keywords tab.',
						'igny8'
					),
					checked.data.name as string
				)
			);
			onClose();
		} catch ( error ) {
			const refused = clusterServerErrors( error );
			form.showErrors( refused.errors );
			formNotices.set( FORM_NOTICES, refused.notice );
			setSaving( false );
		}
	};

	const { control, textarea, errors } = form;
	return (
		<Modal
			title={ __( 'New cluster', 'igny8' ) }
			onRequestClose={ onClose }
			focusOnMount="firstContentElement"
			size="medium"
		>
			<ModalForm onSubmit={ save } noValidate>
				<ScreenNotices context={ FORM_NOTICES } />
				<TextControl
					{ ...control( 'name' ) }
					label={ __( 'Name (required)', 'igny8' ) }
					help={ errors.name }
					autoComplete="off"
					required
				/>
				<TextareaControl
					{ ...textarea( 'description' ) }
					label={ __( 'Description', 'igny8' ) }
					help={
						errors.description ??
						__( 'What the cluster is about (optional).', 'igny8' )
					}
					rows={ 3 }
				/>
				<TargetWordsField
					control={ control( 'target_words' ) }
					error={ errors.target_words }
					help={ __(
						'The length of the articles written for this cluster, unless the task or its writing strategy sets one. Empty: 1,200.',
						'igny8'
					) }
				/>
				<SelectControl
					{ ...control( 'sector_id' ) }
					label={ __( 'Sector', 'igny8' ) }
					help={ errors.sector_id }
					options={ selectOptions( sectors ) }
				/>
				<FormActions
					submitLabel={ __( 'Create cluster', 'igny8' ) }
					saving={ saving }
					onCancel={ onClose }
				/>
			</ModalForm>
		</Modal>
	);
}
