/**
 * WordPress dependencies
 */
import { CheckboxControl, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { fetchSettings, saveSettings } from '../api';
import { errorToNotice } from '../../shared/errors';
import type { ScreenNotice } from '../../shared/types';
import { SaveButton, SettingsCard, useSaving } from './SettingsCard';

const NOTICES = 'igny8/settings-data';

/**
 * What happens to the site's IGNY8 data when the plugin is deleted from the
 * Plugins screen: removed (the default) or kept for a later reinstall.
 */
export function DataSection() {
	const [ keep, setKeep ] = useState< boolean | null >( null );
	const [ loadError, setLoadError ] = useState< ScreenNotice | null >( null );
	const { saving, notify, save } = useSaving( NOTICES );

	useEffect( () => {
		fetchSettings()
			.then( ( settings ) => setKeep( settings.keep_data_on_uninstall ) )
			.catch( ( error ) => setLoadError( errorToNotice( error ) ) );
	}, [] );

	const submit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( keep === null ) {
			return;
		}
		await save( async () => {
			const saved = await saveSettings( {
				keep_data_on_uninstall: keep,
			} );
			setKeep( saved.keep_data_on_uninstall );
			notify( {
				status: 'success',
				message: saved.keep_data_on_uninstall
					? __(
							'Saved. Deleting the plugin will keep IGNY8’s data.',
							'igny8'
						)
					: __(
							'Saved. Deleting the plugin will remove IGNY8’s data.',
							'igny8'
						),
			} );
		} );
	};

	return (
		<SettingsCard
			title={ __( 'Data', 'igny8' ) }
			context={ NOTICES }
			loadError={ loadError }
		>
			{ keep === null && ! loadError && <Spinner /> }
			{ keep !== null && (
				<form className="igny8-form" onSubmit={ submit } noValidate>
					<p className="igny8-help">
						{ __(
							'Deactivating IGNY8 never removes anything. Deleting it from the Plugins screen removes its keywords, clusters, ideas, tasks, automation rules, links, settings and connection, unless you keep them here. Posts it wrote always stay.',
							'igny8'
						) }
					</p>
					<CheckboxControl
						__nextHasNoMarginBottom
						label={ __(
							'Keep IGNY8’s data when the plugin is deleted',
							'igny8'
						) }
						help={ __(
							'Useful before reinstalling: everything is back when IGNY8 is installed again.',
							'igny8'
						) }
						checked={ keep }
						onChange={ setKeep }
					/>
					<SaveButton saving={ saving }>
						{ __( 'Save data settings', 'igny8' ) }
					</SaveButton>
				</form>
			) }
		</SettingsCard>
	);
}
