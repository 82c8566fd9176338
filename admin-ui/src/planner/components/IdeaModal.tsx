/**
 * WordPress dependencies
 */
import {
	Modal,
	SelectControl,
	TextareaControl,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { Idea } from '../../shared/store/types';
import {
	emptyIdeaForm,
	firstInvalidIdeaField,
	ideaServerErrors,
	ideaToForm,
	validateIdeaForm,
	type IdeaFormErrors,
	type IdeaFormField,
	type IdeaFormValues,
} from '../idea-form';
import { FormActions } from './FormActions';

/** The form's own notices. */
const FORM_NOTICES = 'igny8/idea-form';

const fieldId = ( field: IdeaFormField ) => `igny8-idea-${ field }`;

/**
 * New idea (no `idea`) or Edit idea: cluster, title, description, content
 * structure and target keywords. The browser's checks first, then the server's
 * under the field concerned; what was typed stays in the form on any error.
 */
export function IdeaModal( {
	idea,
	clusters,
	onClose,
}: {
	idea?: Idea;
	/** Cluster choices. */
	clusters: Array< { value: number; label: string } >;
	onClose: () => void;
} ) {
	const [ values, setValues ] = useState< IdeaFormValues >( () =>
		idea ? ideaToForm( idea ) : emptyIdeaForm()
	);
	const [ errors, setErrors ] = useState< IdeaFormErrors >( {} );
	const [ saving, setSaving ] = useState( false );
	const { createItem, saveItem } = useDispatch( store );
	const notices = useScreenNotices();
	const formNotices = useScreenNotices( FORM_NOTICES );

	const focusFirstError = ( found: IdeaFormErrors ) => {
		const field = firstInvalidIdeaField( found );
		if ( field ) {
			window.requestAnimationFrame( () =>
				document
					.getElementById( fieldId( field ) )
					?.querySelector< HTMLElement >( 'input, select, textarea' )
					?.focus()
			);
		}
	};

	const set = ( field: IdeaFormField ) => ( value: string ) => {
		setValues( ( current ) => ( { ...current, [ field ]: value } ) );
		setErrors( ( current ) => ( { ...current, [ field ]: undefined } ) );
	};

	const submit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		const checked = validateIdeaForm( values );
		setErrors( checked.errors );
		formNotices.remove( FORM_NOTICES );
		if ( ! checked.data ) {
			focusFirstError( checked.errors );
			return;
		}
		setSaving( true );
		try {
			if ( idea ) {
				await saveItem( 'ideas', idea.id, checked.data );
			} else {
				await createItem( 'ideas', checked.data );
			}
			const title = checked.data.title as string;
			notices.snackbar(
				idea
					? sprintf(
							/* translators: %s: idea title */
							__( 'Idea “%s” saved.', 'igny8' ),
							title
						)
					: sprintf(
							/* translators: %s: idea title */
							__(
								'Idea “%s” added. Approve it when it is ready for automation.',
								'igny8'
							),
							title
						)
			);
			onClose();
		} catch ( error ) {
			const refused = ideaServerErrors( error );
			setErrors( refused.errors );
			formNotices.set( FORM_NOTICES, refused.notice );
			focusFirstError( refused.errors );
			setSaving( false );
		}
	};

	const common = ( field: IdeaFormField ) => ( {
		__nextHasNoMarginBottom: true,
		value: values[ field ],
		onChange: set( field ),
		className: errors[ field ] ? 'igny8-field is-invalid' : 'igny8-field',
		'aria-invalid': errors[ field ] ? true : undefined,
	} );

	return (
		<Modal
			title={
				idea ? __( 'Edit idea', 'igny8' ) : __( 'New idea', 'igny8' )
			}
			onRequestClose={ onClose }
			focusOnMount="firstContentElement"
			size="medium"
			className="igny8-idea-form"
		>
			<form className="igny8-form" onSubmit={ submit } noValidate>
				<ScreenNotices context={ FORM_NOTICES } />
				<div id={ fieldId( 'title' ) }>
					<TextControl
						{ ...common( 'title' ) }
						__next40pxDefaultSize
						label={ __( 'Title (required)', 'igny8' ) }
						help={ errors.title }
						autoComplete="off"
						required
					/>
				</div>
				<div id={ fieldId( 'cluster_id' ) }>
					<SelectControl
						{ ...common( 'cluster_id' ) }
						__next40pxDefaultSize
						label={ __( 'Cluster', 'igny8' ) }
						help={ errors.cluster_id }
						options={ [
							{ value: '0', label: __( 'No cluster', 'igny8' ) },
							...clusters.map( ( cluster ) => ( {
								value: String( cluster.value ),
								label: cluster.label,
							} ) ),
						] }
					/>
				</div>
				<div id={ fieldId( 'description' ) }>
					<TextareaControl
						{ ...common( 'description' ) }
						label={ __( 'Description', 'igny8' ) }
						help={
							errors.description ??
							__(
								'What the article covers and for whom.',
								'igny8'
							)
						}
						rows={ 3 }
					/>
				</div>
				<div id={ fieldId( 'outline' ) }>
					<TextareaControl
						{ ...common( 'outline' ) }
						label={ __( 'Content structure', 'igny8' ) }
						help={
							errors.outline ??
							__(
								'One heading per line; start a line with “-” for a subheading.',
								'igny8'
							)
						}
						rows={ 5 }
					/>
				</div>
				<div id={ fieldId( 'keywords' ) }>
					<TextControl
						{ ...common( 'keywords' ) }
						__next40pxDefaultSize
						label={ __( 'Target keywords', 'igny8' ) }
						help={
							errors.keywords ??
							__( 'Separate keywords with commas.', 'igny8' )
						}
						autoComplete="off"
					/>
				</div>
				<div id={ fieldId( 'content_type' ) }>
					<SelectControl
						{ ...common( 'content_type' ) }
						__next40pxDefaultSize
						label={ __( 'Type', 'igny8' ) }
						help={ errors.content_type }
						options={ [
							{
								value: 'post' as string,
								label: __( 'Post', 'igny8' ),
							},
							{
								value: 'page' as string,
								label: __( 'Page', 'igny8' ),
							},
						] }
					/>
				</div>
				<FormActions
					submitLabel={
						idea
							? __( 'Save idea', 'igny8' )
							: __( 'Add idea', 'igny8' )
					}
					saving={ saving }
					onCancel={ onClose }
				/>
			</form>
		</Modal>
	);
}
