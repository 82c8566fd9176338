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
import { CreditsApp } from './components/CreditsApp';
import type { CreditsInitialState } from './types';
import '../shared/screen.scss';
import './index.scss';

domReady( () => {
	const started = readBoot< CreditsInitialState >( 'igny8-credits-root' );
	if ( ! started ) {
		return;
	}
	setupApiFetch( started.boot.rest );
	createRoot( started.root ).render(
		<CreditsApp initialState={ started.boot.initialState } />
	);
} );
