/**
 * WordPress dependencies
 */
import {
	Button,
	RadioControl,
	Spinner,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import type { ScreenNotice } from '../../shared/types';
import {
	fetchProvider,
	parseModels,
	providerFieldErrors,
	saveProvider,
	switchToCredits,
	validateProvider,
	type ProviderField,
	type ProviderForm,
	type ProviderState,
} from '../provider';
import { SaveButton, SettingsCard, useSaving } from './SettingsCard';

const NOTICES = 'igny8/settings-ai-provider';
const EMPTY: ProviderForm = { base_url: '', api_key: '', models: '' };

/**
 * How the site pays for its model: IGNY8 credits (the default) or its own OpenAI-compatible
 * provider key. The key is write-only: after a save only its last four characters are shown.
 * `onSwitched` runs after every change, so the model choices below can follow the provider.
 */
export function AiProviderSection( {
	onSwitched,
}: {
	onSwitched: () => void;
} ) {
	const [ state, setState ] = useState< ProviderState | null >( null );
	const [ loadError, setLoadError ] = useState< ScreenNotice | null >( null );
	const [ choice, setChoice ] = useState< 'credits' | 'own_key' >(
		'credits'
	);
	const [ form, setForm ] = useState< ProviderForm >( EMPTY );
	const [ errors, setErrors ] = useState<
		Partial< Record< ProviderField, string > >
	>( {} );
	const { saving, notify, save } = useSaving( NOTICES );

	const received = ( next: ProviderState ) => {
		setState( next );
		setChoice( next.mode );
		setForm( {
			base_url: next.base_url,
			api_key: '',
			models: next.models.join( ', ' ),
		} );
	};

	useEffect( () => {
		fetchProvider()
			.then( received )
			.catch( ( error ) => setLoadError( errorToNotice( error ) ) );
	}, [] );

	const field = ( name: ProviderField ) => ( value: string ) => {
		setForm( ( current ) => ( { ...current, [ name ]: value } ) );
		setErrors( ( current ) => ( { ...current, [ name ]: undefined } ) );
	};

	/** Saves with the typed key, or with a Connectors key when `connector` is given. */
	const saveOwnKey = async ( connector?: string ) => {
		const invalid = validateProvider( form, ! connector );
		setErrors( invalid );
		if ( Object.keys( invalid ).length > 0 ) {
			return;
		}
		const models = parseModels( form.models );
		await save( async () => {
			try {
				received(
					await saveProvider(
						connector
							? { connector, models }
							: {
									base_url: form.base_url.trim(),
									api_key: form.api_key.trim(),
									models,
								}
					)
				);
			} catch ( error ) {
				const placed = providerFieldErrors( error );
				setErrors( placed );
				throw error;
			}
			onSwitched();
			notify( {
				status: 'success',
				message: __(
					'The key was checked with your provider and saved. This site’s jobs now use it; IGNY8 charges only the platform fee.',
					'igny8'
				),
			} );
		} );
	};

	const backToCredits = () =>
		save( async () => {
			received( await switchToCredits() );
			onSwitched();
			notify( {
				status: 'success',
				message: __(
					'This site uses IGNY8 credits again. Its provider key was deleted from the IGNY8 cloud.',
					'igny8'
				),
			} );
		} );

	const submit = ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( choice === 'credits' ) {
			if ( state?.mode === 'own_key' ) {
				void backToCredits();
			}
			return;
		}
		void saveOwnKey();
	};

	return (
		<SettingsCard
			title={ __( 'AI provider', 'igny8' ) }
			context={ NOTICES }
			loadError={ loadError }
		>
			{ state === null && ! loadError && <Spinner /> }
			{ state && (
				<form
					className="igny8-form igny8-provider-form"
					onSubmit={ submit }
					noValidate
				>
					<RadioControl
						label={ __( 'Pay for AI with', 'igny8' ) }
						selected={ choice }
						options={ [
							{
								value: 'credits',
								label: __( 'IGNY8 credits', 'igny8' ),
							},
							{
								value: 'own_key',
								label: __( 'Your own provider key', 'igny8' ),
							},
						] }
						onChange={ ( value ) =>
							setChoice( value as 'credits' | 'own_key' )
						}
					/>
					{ choice === 'own_key' && (
						<>
							<p className="igny8-help">
								{ sprintf(
									/* translators: %d: credits per job */
									_n(
										'Any OpenAI-compatible API. Your provider bills you for the model; IGNY8 charges a platform fee of %d credit per job.',
										'Any OpenAI-compatible API. Your provider bills you for the model; IGNY8 charges a platform fee of %d credits per job.',
										state.platform_fee,
										'igny8'
									),
									state.platform_fee
								) }
							</p>
							{ state.mode === 'own_key' && (
								<p className="igny8-provider-saved">
									{ sprintf(
										/* translators: %s: last four characters of the saved key */
										__( 'Saved key: ••••%s', 'igny8' ),
										state.key_last4
									) }
								</p>
							) }
							<TextControl
								__next40pxDefaultSize
								__nextHasNoMarginBottom
								label={ __( 'Base URL', 'igny8' ) }
								help={
									errors.base_url ??
									__(
										'e.g. https://api.openai.com/v1',
										'igny8'
									)
								}
								className={
									errors.base_url ? 'has-error' : undefined
								}
								type="url"
								value={ form.base_url }
								onChange={ field( 'base_url' ) }
								aria-invalid={ !! errors.base_url }
							/>
							<TextControl
								__next40pxDefaultSize
								__nextHasNoMarginBottom
								label={
									state.mode === 'own_key'
										? __( 'New API key', 'igny8' )
										: __( 'API key', 'igny8' )
								}
								help={
									errors.api_key ??
									__(
										'Checked with your provider when you save, sent once to the IGNY8 cloud, stored there encrypted and never shown again.',
										'igny8'
									)
								}
								className={
									errors.api_key ? 'has-error' : undefined
								}
								type="password"
								autoComplete="new-password"
								spellCheck={ false }
								value={ form.api_key }
								onChange={ field( 'api_key' ) }
								aria-invalid={ !! errors.api_key }
							/>
							<TextareaControl
								__nextHasNoMarginBottom
								label={ __( 'Models', 'igny8' ) }
								help={
									errors.models ??
									__(
										'The models this site’s jobs may use, separated by commas; the first is the default (image models such as gpt-image-1 are used for images).',
										'igny8'
									)
								}
								className={
									errors.models ? 'has-error' : undefined
								}
								rows={ 2 }
								value={ form.models }
								onChange={ field( 'models' ) }
								aria-invalid={ !! errors.models }
							/>
							{ state.connectors.map( ( connector ) => (
								<p
									key={ connector.id }
									className="igny8-provider-connector"
								>
									<Button
										__next40pxDefaultSize
										variant="secondary"
										disabled={ saving }
										onClick={ () =>
											void saveOwnKey( connector.id )
										}
									>
										{ sprintf(
											/* translators: 1: connector name, 2: last four characters of its key */
											__(
												'Use the key from Settings → Connectors (%1$s ••••%2$s)',
												'igny8'
											),
											connector.name,
											connector.key_last4
										) }
									</Button>
								</p>
							) ) }
						</>
					) }
					<SaveButton saving={ saving }>
						{ choice === 'credits'
							? __( 'Use IGNY8 credits', 'igny8' )
							: __( 'Check and save key', 'igny8' ) }
					</SaveButton>
				</form>
			) }
		</SettingsCard>
	);
}
