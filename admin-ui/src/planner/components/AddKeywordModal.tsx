/**
 * WordPress dependencies
 */
import { Modal, SelectControl, TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import {
	emptyKeywordForm,
	firstInvalidField,
	serverErrors,
	validateKeywordForm,
	type KeywordFormErrors,
	type KeywordFormField,
	type KeywordFormValues,
} from '../keyword-form';
import { intents } from '../labels';
import { selectOptions, type SectorOption } from '../sectors';
import { FormActions } from './FormActions';
import { NoSectorsHelp } from './NoSectorsHelp';

/** The form's own notices (and the slot of its one notice). */
const FORM_NOTICES = 'igny8/add-keyword';

const fieldId = ( field: KeywordFormField ) => `igny8-add-keyword-${ field }`;

/** Moves the focus to the first field with an error, so keyboard and screen reader users land on it. */
function focusFirstError( errors: KeywordFormErrors ) {
	const field = firstInvalidField( errors );
	if ( field ) {
		window.requestAnimationFrame( () =>
			document.getElementById( fieldId( field ) )?.focus()
		);
	}
}

/**
 * One keyword typed by hand. The browser's checks first, then the server's
 * (a duplicate is a 409) under the field concerned; what was typed is kept.
 */
export function AddKeywordModal( {
	sectors,
	clusters,
	settingsUrl,
	onClose,
}: {
	sectors: SectorOption[];
	/** Cluster choices, "No cluster" (0) first. */
	clusters: Array< { value: number; label: string } >;
	settingsUrl: string | null;
	onClose: () => void;
} ) {
	const [ values, setValues ] =
		useState< KeywordFormValues >( emptyKeywordForm );
	const [ errors, setErrors ] = useState< KeywordFormErrors >( {} );
	const [ saving, setSaving ] = useState( false );
	const { createItem, invalidateCollection } = useDispatch( store );
	const notices = useScreenNotices();
	const formNotices = useScreenNotices( FORM_NOTICES );

	const set = ( field: KeywordFormField ) => ( value: string ) => {
		setValues( ( current ) => ( { ...current, [ field ]: value } ) );
		// The message of a field goes once the field is changed.
		setErrors( ( current ) => ( { ...current, [ field ]: undefined } ) );
	};

	const submit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		const checked = validateKeywordForm( values );
		setErrors( checked.errors );
		formNotices.remove( FORM_NOTICES );
		if ( ! checked.data ) {
			focusFirstError( checked.errors );
			return;
		}
		setSaving( true );
		try {
			await createItem( 'keywords', checked.data );
			if ( checked.data.cluster_id ) {
				invalidateCollection( 'clusters' );
			}
			notices.snackbar(
				sprintf(
					/* translators: %s: the keyword */
					__( 'Keyword “%s” added.', 'igny8' ),
					checked.data.keyword as string
				)
			);
			onClose();
		} catch ( error ) {
			const refused = serverErrors( error );
			setErrors( refused.errors );
			formNotices.set( FORM_NOTICES, refused.notice );
			focusFirstError( refused.errors );
			setSaving( false );
		}
	};

	const common = ( field: KeywordFormField ) => ( {
		__next40pxDefaultSize: true,
		__nextHasNoMarginBottom: true,
		id: fieldId( field ),
		value: values[ field ],
		onChange: set( field ),
		className: errors[ field ] ? 'igny8-field is-invalid' : 'igny8-field',
		'aria-invalid': errors[ field ] ? true : undefined,
	} );

	return (
		<Modal
			title={ __( 'Add keyword', 'igny8' ) }
			onRequestClose={ onClose }
			focusOnMount="firstContentElement"
			size="medium"
			className="igny8-add-keyword"
		>
			<form className="igny8-form" onSubmit={ submit } noValidate>
				<ScreenNotices context={ FORM_NOTICES } />
				<TextControl
					{ ...common( 'keyword' ) }
					label={ __( 'Keyword (required)', 'igny8' ) }
					help={ errors.keyword }
					autoComplete="off"
					required
				/>
				<div className="igny8-form__row">
					<TextControl
						{ ...common( 'search_volume' ) }
						type="number"
						min={ 0 }
						label={ __( 'Search volume', 'igny8' ) }
						help={
							errors.search_volume ??
							__(
								'Monthly searches; empty when unknown.',
								'igny8'
							)
						}
					/>
					<TextControl
						{ ...common( 'difficulty' ) }
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
					{ ...common( 'intent' ) }
					label={ __( 'Intent', 'igny8' ) }
					help={ errors.intent }
					options={ intents() }
				/>
				<SelectControl
					{ ...common( 'sector_id' ) }
					label={ __( 'Sector', 'igny8' ) }
					help={ errors.sector_id }
					options={ selectOptions( sectors ) }
				/>
				{ sectors.length < 2 && (
					<NoSectorsHelp settingsUrl={ settingsUrl } />
				) }
				<SelectControl
					{ ...common( 'cluster_id' ) }
					label={ __( 'Cluster', 'igny8' ) }
					help={ errors.cluster_id }
					options={ selectOptions( clusters ) }
				/>
				<FormActions
					submitLabel={ __( 'Add keyword', 'igny8' ) }
					saving={ saving }
					onCancel={ onClose }
				/>
			</form>
		</Modal>
	);
}
