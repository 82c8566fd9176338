/**
 * WordPress dependencies
 */
import { Button, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';

interface ConnectFormProps {
	cloudUrl: string;
	apiKey: string;
	busy: boolean;
	disabled: boolean;
	onCloudUrlChange: ( value: string ) => void;
	onApiKeyChange: ( value: string ) => void;
	onSubmit: () => void;
}

/**
 * The Cloud URL + site API key form. Values live in the parent, so what the
 * user typed survives a failed attempt.
 */
export function ConnectForm( {
	cloudUrl,
	apiKey,
	busy,
	disabled,
	onCloudUrlChange,
	onApiKeyChange,
	onSubmit,
}: ConnectFormProps ) {
	const handleSubmit = ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		onSubmit();
	};

	return (
		<form className="igny8-form" onSubmit={ handleSubmit } noValidate>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Cloud URL', 'igny8' ) }
				help={ __(
					'Address of the IGNY8 cloud, starting with https:// (http:// only for this machine, such as the Worker started by npm start).',
					'igny8'
				) }
				type="url"
				value={ cloudUrl }
				onChange={ onCloudUrlChange }
				autoComplete="url"
				disabled={ disabled }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Site API key', 'igny8' ) }
				help={ __(
					'Starts with igny8_sk_. Stored encrypted on this site and never shown again.',
					'igny8'
				) }
				type="password"
				value={ apiKey }
				onChange={ onApiKeyChange }
				autoComplete="new-password"
				spellCheck={ false }
				disabled={ disabled }
			/>
			<div className="igny8-actions">
				<Button
					__next40pxDefaultSize
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ disabled }
				>
					{ __( 'Connect', 'igny8' ) }
				</Button>
			</div>
		</form>
	);
}
