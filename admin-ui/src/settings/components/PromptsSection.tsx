/**
 * WordPress dependencies
 */
import {
	Button,
	Panel,
	PanelBody,
	Spinner,
	TextareaControl,
	__experimentalConfirmDialog as ConfirmDialog,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { fetchPrompts, resetPrompt, savePrompt } from '../api';
import { functionLabel } from '../../credits/labels';
import { errorToNotice } from '../../shared/errors';
import { useScreenNotices } from '../../shared/screen-notices';
import type { ScreenNotice } from '../../shared/types';
import type { PromptTemplate, PromptsResponse } from '../types';
import { SettingsCard } from './SettingsCard';

const NOTICES = 'igny8/settings-prompts';

type Drafts = Record<
	string,
	Pick< PromptTemplate, 'system' | 'instructions' >
>;

/** The editable text of every function: its override, or empty (cloud default). */
export function draftsOf( response: PromptsResponse ): Drafts {
	return Object.fromEntries(
		response.functions.map( ( name ) => [
			name,
			{
				system: response.overrides[ name ]?.system ?? '',
				instructions: response.overrides[ name ]?.instructions ?? '',
			},
		] )
	);
}

/**
 * Per-function prompt instructions. An empty function uses the cloud's
 * template; "Reset" asks first and can be undone.
 */
export function PromptsSection() {
	const [ prompts, setPrompts ] = useState< PromptsResponse | null >( null );
	const [ drafts, setDrafts ] = useState< Drafts >( {} );
	const [ busy, setBusy ] = useState< string | null >( null );
	const [ confirming, setConfirming ] = useState< string | null >( null );
	const [ loadError, setLoadError ] = useState< ScreenNotice | null >( null );
	const notices = useScreenNotices();
	const section = useScreenNotices( NOTICES );
	const setNotice = ( notice: ScreenNotice | null ) =>
		section.set( NOTICES, notice );

	useEffect( () => {
		fetchPrompts()
			.then( ( response ) => {
				setPrompts( response );
				setDrafts( draftsOf( response ) );
			} )
			.catch( ( error ) => setLoadError( errorToNotice( error ) ) );
	}, [] );

	const keepSaved = ( response: PromptsResponse, name: string ) => {
		setPrompts( response );
		// Only the saved function's text is replaced; others keep what was typed.
		setDrafts( ( current ) => ( {
			...current,
			[ name ]: draftsOf( response )[ name ] ?? {
				system: '',
				instructions: '',
			},
		} ) );
	};

	const save = async ( name: string ) => {
		setBusy( name );
		setNotice( null );
		try {
			keepSaved(
				await savePrompt(
					name,
					drafts[ name ] ?? { system: '', instructions: '' }
				),
				name
			);
			setNotice( {
				status: 'success',
				message: sprintf(
					/* translators: %s: AI function name. */
					__( 'Prompt for %s saved.', 'igny8' ),
					functionLabel( name )
				),
			} );
		} catch ( error ) {
			setNotice( errorToNotice( error ) );
		} finally {
			setBusy( null );
		}
	};

	const reset = async ( name: string ) => {
		setConfirming( null );
		const previous = prompts?.overrides[ name ];
		setBusy( name );
		setNotice( null );
		try {
			keepSaved( await resetPrompt( name ), name );
			notices.snackbar(
				sprintf(
					/* translators: %s: AI function name. */
					__( 'Prompt for %s reset to the cloud default.', 'igny8' ),
					functionLabel( name )
				),
				previous
					? [
							{
								label: __( 'Undo', 'igny8' ),
								onClick: () => {
									savePrompt( name, previous )
										.then( ( response ) =>
											keepSaved( response, name )
										)
										.catch( ( error ) =>
											setNotice( errorToNotice( error ) )
										);
								},
							},
						]
					: []
			);
		} catch ( error ) {
			setNotice( errorToNotice( error ) );
		} finally {
			setBusy( null );
		}
	};

	return (
		<SettingsCard
			title={ __( 'Prompts', 'igny8' ) }
			context={ NOTICES }
			loadError={ loadError }
		>
			{ prompts === null && ! loadError && <Spinner /> }
			{ prompts && (
				<>
					<p className="igny8-help">
						{ __(
							'Tune what each AI function is told. Leave both fields empty to use the IGNY8 cloud’s default prompt.',
							'igny8'
						) }
					</p>
					<Panel>
						{ prompts.functions.map( ( name ) => {
							const draft = drafts[ name ] ?? {
								system: '',
								instructions: '',
							};
							const custom = !! prompts.overrides[ name ];
							return (
								<PanelBody
									key={ name }
									title={
										custom
											? sprintf(
													/* translators: %s: AI function name. */
													__(
														'%s (customised)',
														'igny8'
													),
													functionLabel( name )
												)
											: functionLabel( name )
									}
									initialOpen={ false }
								>
									<div className="igny8-form">
										<TextareaControl
											__nextHasNoMarginBottom
											label={ sprintf(
												/* translators: %s: AI function name. */
												__(
													'%s: system message',
													'igny8'
												),
												functionLabel( name )
											) }
											rows={ 3 }
											value={ draft.system }
											onChange={ ( system ) =>
												setDrafts( {
													...drafts,
													[ name ]: {
														...draft,
														system,
													},
												} )
											}
										/>
										<TextareaControl
											__nextHasNoMarginBottom
											label={ sprintf(
												/* translators: %s: AI function name. */
												__(
													'%s: instructions',
													'igny8'
												),
												functionLabel( name )
											) }
											rows={ 6 }
											value={ draft.instructions }
											onChange={ ( instructions ) =>
												setDrafts( {
													...drafts,
													[ name ]: {
														...draft,
														instructions,
													},
												} )
											}
										/>
										<div className="igny8-actions">
											<Button
												__next40pxDefaultSize
												variant="primary"
												onClick={ () => save( name ) }
												isBusy={ busy === name }
												disabled={ busy !== null }
											>
												{ __( 'Save prompt', 'igny8' ) }
											</Button>
											{ custom && (
												<Button
													__next40pxDefaultSize
													variant="tertiary"
													isDestructive
													onClick={ () =>
														setConfirming( name )
													}
													disabled={ busy !== null }
												>
													{ __(
														'Reset to default',
														'igny8'
													) }
												</Button>
											) }
										</div>
									</div>
								</PanelBody>
							);
						} ) }
					</Panel>
				</>
			) }
			{ confirming && (
				<ConfirmDialog
					isOpen
					onConfirm={ () => reset( confirming ) }
					onCancel={ () => setConfirming( null ) }
					confirmButtonText={ __( 'Reset', 'igny8' ) }
				>
					{ sprintf(
						/* translators: %s: AI function name. */
						__(
							'Reset the prompt for %s to the cloud default? You can undo this right after.',
							'igny8'
						),
						functionLabel( confirming )
					) }
				</ConfirmDialog>
			) }
		</SettingsCard>
	);
}
