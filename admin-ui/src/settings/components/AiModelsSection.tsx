/**
 * WordPress dependencies
 */
import {
	SelectControl,
	Spinner,
	TextControl,
	__experimentalNumberControl as NumberControl,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { fetchProfiles, fetchSettings, saveSettings } from '../api';
import { errorToNotice } from '../../shared/errors';
import type { ScreenNotice } from '../../shared/types';
import { SaveButton, SettingsCard, useSaving } from './SettingsCard';
import { ModelChoices } from './ModelChoices';
import type { AiSettings, AuthorProfile } from '../types';

const NOTICES = 'igny8/settings-ai-models';
/**
 * The model each AI function uses (empty: the cloud's choice), plus the
 * generation defaults stored in the same site setting (igny8_settings).
 */
export function AiModelsSection() {
	const [ settings, setSettings ] = useState< AiSettings | null >( null );
	const [ profiles, setProfiles ] = useState< AuthorProfile[] >( [] );
	const [ loadError, setLoadError ] = useState< ScreenNotice | null >( null );
	const { saving, notify, save } = useSaving( NOTICES );

	useEffect( () => {
		fetchSettings()
			.then( setSettings )
			.catch( ( error ) => setLoadError( errorToNotice( error ) ) );
		fetchProfiles()
			.then( setProfiles )
			.catch( () => setProfiles( [] ) );
	}, [] );

	const submit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( ! settings ) {
			return;
		}
		await save( async () => {
			const models = Object.fromEntries(
				Object.entries( settings.models )
					.filter(
						( [ , model ] ) =>
							typeof model === 'string' && model.trim() !== ''
					)
					.map( ( [ name, model ] ) => [
						name,
						( model as string ).trim(),
					] )
			);
			setSettings( await saveSettings( { ...settings, models } ) );
			notify( {
				status: 'success',
				message: __( 'AI settings saved.', 'igny8' ),
			} );
		} );
	};

	return (
		<SettingsCard
			title={ __( 'AI models', 'igny8' ) }
			context={ NOTICES }
			loadError={ loadError }
		>
			{ settings === null && ! loadError && <Spinner /> }
			{ settings && (
				<form className="igny8-form" onSubmit={ submit } noValidate>
					<p className="igny8-help">
						{ __(
							'Each AI action runs on the cloud’s default model unless you choose another it offers.',
							'igny8'
						) }
					</p>
					<ModelChoices
						models={ settings.models }
						onChange={ ( models ) =>
							setSettings( { ...settings, models } )
						}
					/>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Content language', 'igny8' ) }
						help={ __(
							'A language code such as en or de-DE. Empty: the site language.',
							'igny8'
						) }
						value={ settings.language }
						onChange={ ( language ) =>
							setSettings( { ...settings, language } )
						}
					/>
					<NumberControl
						__next40pxDefaultSize
						label={ __( 'Ideas per cluster', 'igny8' ) }
						min={ 1 }
						max={ 10 }
						value={ settings.ideas_per_cluster }
						onChange={ ( value ) =>
							setSettings( {
								...settings,
								ideas_per_cluster: Math.min(
									10,
									Math.max( 1, Number( value ) || 1 )
								),
							} )
						}
					/>
					<NumberControl
						__next40pxDefaultSize
						label={ __(
							'Ask before an editor action that costs more than (credits)',
							'igny8'
						) }
						help={ __(
							'Every AI button in the block editor shows its price; above this many credits it also asks before it runs. 0: ask every time.',
							'igny8'
						) }
						min={ 0 }
						max={ 10000 }
						value={ settings.confirm_above_credits }
						onChange={ ( value ) =>
							setSettings( {
								...settings,
								confirm_above_credits: Math.min(
									10000,
									Math.max(
										0,
										Math.floor( Number( value ) ) || 0
									)
								),
							} )
						}
					/>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Image shape', 'igny8' ) }
						help={ __(
							'The IGNY8 cloud asks the image model for its own size of this shape (for gpt-image-1: 1024 × 1024, 1536 × 1024 or 1024 × 1536).',
							'igny8'
						) }
						value={ settings.image_size }
						options={ [
							{ value: 'square', label: __( 'Square', 'igny8' ) },
							{
								value: 'landscape',
								label: __( 'Landscape', 'igny8' ),
							},
							{
								value: 'portrait',
								label: __( 'Portrait', 'igny8' ),
							},
						] }
						onChange={ ( value ) =>
							setSettings( {
								...settings,
								image_size: value as AiSettings[ 'image_size' ],
							} )
						}
					/>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Default author profile', 'igny8' ) }
						help={ __(
							'The voice of every text IGNY8 writes, unless the article’s writing strategy names another profile.',
							'igny8'
						) }
						value={ settings.default_author_profile }
						options={ [
							{ value: '', label: __( 'None', 'igny8' ) },
							...profiles.map( ( profile ) => ( {
								value: profile.id,
								label: profile.name,
							} ) ),
						] }
						onChange={ ( value ) =>
							setSettings( {
								...settings,
								default_author_profile: String( value ),
							} )
						}
					/>
					<SaveButton saving={ saving }>
						{ __( 'Save AI settings', 'igny8' ) }
					</SaveButton>
				</form>
			) }
		</SettingsCard>
	);
}
