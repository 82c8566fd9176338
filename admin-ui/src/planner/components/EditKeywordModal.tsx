/**
 * WordPress dependencies
 */
import { SelectControl, TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { Keyword } from '../../shared/store/types';
import { useForm } from '../../shared/use-form';
import {
	keywordEditForm,
	serverErrors,
	validateKeywordEdit,
	type KeywordEditValues,
} from '../keyword-form';
import { intents } from '../labels';
import { selectOptions } from '../sectors';
import { FormActions, ModalForm } from './FormActions';

/** The modal's own notices (and the slot of its one notice). */
const FORM_NOTICES = 'igny8/edit-keyword';

const FIELDS: Array< keyof KeywordEditValues > = [
	'search_volume',
	'difficulty',
	'intent',
	'cluster_id',
];

/**
 * "Edit" on one keyword (a DataViews action's RenderModal): volume, difficulty,
 * intent and cluster, checked as the server checks them. Saved optimistically;
 * on a refusal the table goes back and what was typed stays here.
 */
export function EditKeywordModal( {
	keyword,
	clusters,
	closeModal,
}: {
	keyword: Keyword;
	/** Cluster choices, "No cluster" (0) first. */
	clusters: Array< { value: number; label: string } >;
	closeModal?: () => void;
} ) {
	const form = useForm< keyof KeywordEditValues >(
		keywordEditForm( keyword ),
		FIELDS,
		'igny8-edit-keyword'
	);
	const [ saving, setSaving ] = useState( false );
	const { saveItem, invalidateCollection } = useDispatch( store );
	const notices = useScreenNotices();
	const formNotices = useScreenNotices( FORM_NOTICES );

	const save = async () => {
		const checked = validateKeywordEdit( form.values );
		form.showErrors( checked.errors );
		formNotices.remove( FORM_NOTICES );
		if ( ! checked.data ) {
			return;
		}
		setSaving( true );
		try {
			await saveItem( 'keywords', keyword.id, checked.data );
			// Keyword counts and volumes of the clusters may have changed.
			invalidateCollection( 'clusters' );
			notices.snackbar(
				sprintf(
					/* translators: %s: the keyword */
					__( 'Keyword “%s” saved.', 'igny8' ),
					keyword.keyword
				)
			);
			closeModal?.();
		} catch ( error ) {
			const refused = serverErrors( error );
			form.showErrors( refused.errors );
			formNotices.set( FORM_NOTICES, refused.notice );
			setSaving( false );
		}
	};

	const { control, errors } = form;
	return (
		<ModalForm onSubmit={ save } noValidate>
			<ScreenNotices context={ FORM_NOTICES } />
			<p className="igny8-help">{ keyword.keyword }</p>
			<div className="igny8-form__row">
				<TextControl
					{ ...control( 'search_volume' ) }
					type="number"
					min={ 0 }
					label={ __( 'Search volume', 'igny8' ) }
					help={
						errors.search_volume ??
						__( 'Monthly searches; empty when unknown.', 'igny8' )
					}
				/>
				<TextControl
					{ ...control( 'difficulty' ) }
					type="number"
					min={ 0 }
					max={ 100 }
					label={ __( 'Difficulty (0–100)', 'igny8' ) }
					help={
						errors.difficulty ??
						__( 'Empty when unknown.', 'igny8' )
					}
				/>
			</div>
			<SelectControl
				{ ...control( 'intent' ) }
				label={ __( 'Intent', 'igny8' ) }
				help={ errors.intent }
				options={ [
					{ value: '', label: __( 'Unknown', 'igny8' ) },
					...intents(),
				] }
			/>
			<SelectControl
				{ ...control( 'cluster_id' ) }
				label={ __( 'Cluster', 'igny8' ) }
				help={ errors.cluster_id }
				options={ selectOptions( clusters ) }
			/>
			<FormActions
				submitLabel={ __( 'Save', 'igny8' ) }
				saving={ saving }
				onCancel={ closeModal }
			/>
		</ModalForm>
	);
}
