/**
 * WordPress dependencies
 */
import { Button, Spinner, TextControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { fetchSettings, saveSettings } from '../../settings/api';
import { errorToNotice } from '../../shared/errors';
import { useScreenNotices } from '../../shared/screen-notices';
import { languageProblem } from '../language';

const NOTICE = 'igny8-setup-language';

/**
 * The content language the AI writes in (the site setting Settings → AI
 * models edits too). Checked here with the server's rule; what was typed stays
 * on an error.
 */
export function LanguageForm() {
	const [ language, setLanguage ] = useState< string | null >( null );
	const [ error, setError ] = useState< string | undefined >();
	const [ saving, setSaving ] = useState( false );
	const notices = useScreenNotices();

	useEffect( () => {
		fetchSettings()
			.then( ( settings ) => setLanguage( settings.language ) )
			.catch( ( failure ) => {
				setLanguage( '' );
				notices.set( NOTICE, errorToNotice( failure ) );
			} );
	}, [ notices ] );

	if ( language === null ) {
		return <Spinner />;
	}

	const submit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		const problem = languageProblem( language );
		setError( problem ?? undefined );
		if ( problem ) {
			return;
		}
		setSaving( true );
		notices.remove( NOTICE );
		try {
			const saved = await saveSettings( { language: language.trim() } );
			setLanguage( saved.language );
			notices.set( NOTICE, {
				status: 'success',
				message: __( 'Content language saved.', 'igny8' ),
			} );
		} catch ( failure ) {
			notices.set( NOTICE, errorToNotice( failure ) );
		} finally {
			setSaving( false );
		}
	};

	return (
		<form
			className="igny8-form igny8-inline-form"
			onSubmit={ submit }
			noValidate
		>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Content language', 'igny8' ) }
				help={
					error ??
					__(
						'A language code such as en or de-DE. Empty: the site language.',
						'igny8'
					)
				}
				aria-invalid={ error ? true : undefined }
				value={ language }
				onChange={ ( value ) => {
					setLanguage( value );
					setError( undefined );
				} }
			/>
			<div className="igny8-actions">
				<Button
					__next40pxDefaultSize
					variant="secondary"
					type="submit"
					isBusy={ saving }
					disabled={ saving }
					accessibleWhenDisabled
				>
					{ __( 'Save language', 'igny8' ) }
				</Button>
			</div>
		</form>
	);
}
