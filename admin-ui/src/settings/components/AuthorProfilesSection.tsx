/**
 * WordPress dependencies
 */
import {
	Button,
	Spinner,
	TextControl,
	__experimentalConfirmDialog as ConfirmDialog,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { deleteProfile, fetchProfiles, saveProfile } from '../api';
import { parseKeywords } from '../../writer/draft';
import { errorToNotice } from '../../shared/errors';
import type { ScreenNotice } from '../../shared/types';
import { useScreenNotices } from '../../shared/screen-notices';
import { SaveButton, SettingsCard, useSaving } from './SettingsCard';
import type { AuthorProfile } from '../types';

interface ProfileForm {
	id?: string;
	name: string;
	tone: string;
	audience: string;
	point_of_view: string;
	banned_words: string;
}

const EMPTY: ProfileForm = {
	name: '',
	tone: '',
	audience: '',
	point_of_view: '',
	banned_words: '',
};

/** The form's fields as the REST route takes them. */
export function profileFromForm(
	form: ProfileForm
): Omit< AuthorProfile, 'id' > & { id?: string } {
	return {
		...( form.id ? { id: form.id } : {} ),
		name: form.name.trim(),
		tone: form.tone.trim(),
		audience: form.audience.trim(),
		point_of_view: form.point_of_view.trim(),
		banned_words: parseKeywords( form.banned_words ),
	};
}

const NOTICES = 'igny8/settings-author-profiles';
/**
 * Author profiles (voice, audience, words to avoid) the writer can use:
 * list, create, edit, and delete with confirmation and undo.
 */
export function AuthorProfilesSection() {
	const [ profiles, setProfiles ] = useState< AuthorProfile[] | null >(
		null
	);
	const [ form, setForm ] = useState< ProfileForm >( EMPTY );
	const [ loadError, setLoadError ] = useState< ScreenNotice | null >( null );
	const { saving, notify, save } = useSaving( NOTICES );
	const [ confirming, setConfirming ] = useState< AuthorProfile | null >(
		null
	);
	const notices = useScreenNotices();

	const reload = () =>
		fetchProfiles()
			.then( setProfiles )
			.catch( ( error ) => notify( errorToNotice( error ) ) );

	useEffect( () => {
		fetchProfiles()
			.then( setProfiles )
			.catch( ( error ) => setLoadError( errorToNotice( error ) ) );
	}, [] );

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
			const saved = await saveProfile( profileFromForm( form ) );
			setForm( EMPTY );
			notify( {
				status: 'success',
				message: sprintf(
					/* translators: %s: author profile name. */
					__( 'Author profile “%s” saved.', 'igny8' ),
					saved.name
				),
			} );
			await reload();
		} );
	};

	const remove = async ( profile: AuthorProfile ) => {
		setConfirming( null );
		const before = profiles;
		// Optimistic: gone at once, back if the server refuses.
		setProfiles( ( current ) =>
			( current ?? [] ).filter( ( entry ) => entry.id !== profile.id )
		);
		try {
			await deleteProfile( profile.id );
			notices.snackbar(
				sprintf(
					/* translators: %s: author profile name. */
					__( 'Deleted author profile “%s”.', 'igny8' ),
					profile.name
				),
				[
					{
						label: __( 'Undo', 'igny8' ),
						onClick: () => {
							const { id: _id, ...fields } = profile;
							saveProfile( fields )
								.then( reload )
								.catch( ( error ) =>
									notify( errorToNotice( error ) )
								);
						},
					},
				]
			);
		} catch ( error ) {
			setProfiles( before );
			notify( errorToNotice( error ) );
		}
	};

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
			loadError={ loadError }
		>
			{ profiles === null && ! loadError && <Spinner /> }
			{ profiles && profiles.length === 0 && (
				<p className="igny8-help igny8-empty">
					{ __(
						'No author profiles yet. Add one below to give articles a consistent voice.',
						'igny8'
					) }
				</p>
			) }
			{ profiles && profiles.length > 0 && (
				<table className="wp-list-table widefat striped igny8-profiles">
					<thead>
						<tr>
							<th scope="col">{ __( 'Name', 'igny8' ) }</th>
							<th scope="col">{ __( 'Tone', 'igny8' ) }</th>
							<th scope="col">{ __( 'Audience', 'igny8' ) }</th>
							<th scope="col">
								<span className="screen-reader-text">
									{ __( 'Actions', 'igny8' ) }
								</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{ profiles.map( ( profile ) => (
							<tr key={ profile.id }>
								<th scope="row">{ profile.name }</th>
								<td>{ profile.tone }</td>
								<td>{ profile.audience }</td>
								<td className="igny8-actions">
									<Button
										variant="link"
										onClick={ () =>
											setForm( {
												...profile,
												banned_words:
													profile.banned_words.join(
														', '
													),
											} )
										}
										label={ sprintf(
											/* translators: %s: author profile name. */
											__( 'Edit “%s”', 'igny8' ),
											profile.name
										) }
									>
										{ __( 'Edit', 'igny8' ) }
									</Button>
									<Button
										variant="link"
										isDestructive
										onClick={ () =>
											setConfirming( profile )
										}
										label={ sprintf(
											/* translators: %s: author profile name. */
											__( 'Delete “%s”', 'igny8' ),
											profile.name
										) }
									>
										{ __( 'Delete', 'igny8' ) }
									</Button>
								</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
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
