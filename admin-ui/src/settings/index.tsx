/**
 * WordPress dependencies
 */
import { createRoot } from '@wordpress/element';
import domReady from '@wordpress/dom-ready';

/**
 * Internal dependencies
 */
import { readBoot } from '../shared/boot';
import { setupApiFetch } from '../shared/api-fetch';
import { SettingsApp } from './components/SettingsApp';
import type { SettingsInitialState } from './types';
import '../shared/screen.scss';
import './index.scss';

domReady( () => {
	const started = readBoot< SettingsInitialState >( 'igny8-settings-root' );
	if ( ! started ) {
		return;
	}
	setupApiFetch( started.boot.rest );
	createRoot( started.root ).render(
		<SettingsApp initialState={ started.boot.initialState } />
	);
} );
