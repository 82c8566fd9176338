/**
 * WordPress dependencies
 */
import {
	Button,
	TextControl,
	__experimentalConfirmDialog as ConfirmDialog,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import { useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import { AuthorProfilesTable } from './AuthorProfilesTable';
import { SaveButton, SettingsCard, useSaving } from './SettingsCard';
import type { AuthorProfile } from '../types';
import {
	EMPTY_PROFILE_FORM as EMPTY,
	fieldsOf,
	formFromProfile,
	profileFromForm,
	type ProfileForm,
} from '../author-profile-form';

const NOTICES = 'igny8/settings-author-profiles';
/**
 * Author profiles (voice, audience, words to avoid) the writer can use:
 * list, create, edit, and delete with confirmation and undo.
 */
export function AuthorProfilesSection() {
	const [ form, setForm ] = useState< ProfileForm >( EMPTY );
	const { saving, notify, save } = useSaving( NOTICES );
	const [ confirming, setConfirming ] = useState< AuthorProfile | null >(
		null
	);
	const notices = useScreenNotices();
	const { createItem, saveItem, deleteItems } = useDispatch( store );

	const submit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( form.name.trim() === '' ) {
			notify( {
				status: 'error',
				message: __( 'The profile name is empty.', 'igny8' ),
				nextStep: __(
					'Give the profile a name, then save it.',
					'igny8'
				),
			} );
			return;
		}
		await save( async () => {
			const { id, ...fields } = profileFromForm( form );
			const saved = ( await ( id
				? saveItem( 'author_profiles', id, { ...fields } )
				: createItem( 'author_profiles', {
						...fields,
					} ) ) ) as AuthorProfile;
			setForm( EMPTY );
			notify( {
				status: 'success',
				message: sprintf(
					/* translators: %s: author profile name. */
					__( 'Author profile “%s” saved.', 'igny8' ),
					saved.name
				),
			} );
		} );
	};

	// The profiles live in an option without undo tokens: Undo adds the same fields again.
	const restore = ( profile: AuthorProfile ) => {
		createItem( 'author_profiles', { ...fieldsOf( profile ) } ).catch(
			( error: unknown ) => notify( errorToNotice( error ) )
		);
	};

	const remove = async ( profile: AuthorProfile ) => {
		setConfirming( null );
		try {
			// Optimistic: gone at once, back in place if the server refuses.
			await deleteItems( 'author_profiles', [ profile.id ] );
			notices.snackbar(
				sprintf(
					/* translators: %s: author profile name. */
					__( 'Deleted author profile “%s”.', 'igny8' ),
					profile.name
				),
				[
					{
						label: __( 'Undo', 'igny8' ),
						onClick: () => restore( profile ),
					},
				]
			);
		} catch ( error ) {
			notify( errorToNotice( error ) );
		}
	};

	const edit = useCallback(
		( profile: AuthorProfile ) => setForm( formFromProfile( profile ) ),
		[]
	);

	const field = (
		key: keyof Omit< ProfileForm, 'id' >,
		label: string,
		help?: string
	) => (
		<TextControl
			__next40pxDefaultSize
			__nextHasNoMarginBottom
			label={ label }
			help={ help }
			value={ form[ key ] }
			onChange={ ( value ) => setForm( { ...form, [ key ]: value } ) }
		/>
	);

	return (
		<SettingsCard
			title={ __( 'Author profiles', 'igny8' ) }
			context={ NOTICES }
		>
			<p className="description">
				{ __(
					'The default profile sets the voice of every article, idea, rewrite, meta, FAQ and key takeaways. Without one, IGNY8 writes in the voice of your site’s Guidelines (Settings → Guidelines, from the WordPress AI plugin) when you have written any.',
					'igny8'
				) }
			</p>
			<AuthorProfilesTable onEdit={ edit } onDelete={ setConfirming } />
			<form
				className="igny8-form igny8-profile-form"
				onSubmit={ submit }
				noValidate
			>
				<h3 className="igny8-card-title">
					{ form.id
						? __( 'Edit author profile', 'igny8' )
						: __( 'New author profile', 'igny8' ) }
				</h3>
				{ field( 'name', __( 'Profile name', 'igny8' ) ) }
				{ field(
					'tone',
					__( 'Tone', 'igny8' ),
					__( 'For example: warm, practical, no jargon.', 'igny8' )
				) }
				{ field( 'audience', __( 'Audience', 'igny8' ) ) }
				{ field(
					'point_of_view',
					__( 'Point of view', 'igny8' ),
					__( 'For example: second person (you).', 'igny8' )
				) }
				{ field(
					'banned_words',
					__( 'Words to avoid', 'igny8' ),
					__( 'Separate words with commas.', 'igny8' )
				) }
				<SaveButton
					saving={ saving }
					after={
						form.id && (
							<Button
								__next40pxDefaultSize
								variant="tertiary"
								onClick={ () => setForm( EMPTY ) }
							>
								{ __( 'Cancel editing', 'igny8' ) }
							</Button>
						)
					}
				>
					{ form.id
						? __( 'Save profile', 'igny8' )
						: __( 'Add profile', 'igny8' ) }
				</SaveButton>
			</form>
			{ confirming && (
				<ConfirmDialog
					isOpen
					onConfirm={ () => remove( confirming ) }
					onCancel={ () => setConfirming( null ) }
					confirmButtonText={ __( 'Delete', 'igny8' ) }
				>
					{ sprintf(
						/* translators: %s: author profile name. */
						__(
							'Delete the author profile “%s”? You can undo this right after.',
							'igny8'
						),
						confirming.name
					) }
				</ConfirmDialog>
			) }
		</SettingsCard>
	);
}
