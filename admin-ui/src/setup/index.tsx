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
import { SetupApp } from './components/SetupApp';
import type { SetupInitialState } from './types';
import '../shared/screen.scss';
import '../settings/index.scss';
import './index.scss';

domReady( () => {
	const started = readBoot< SetupInitialState >( 'igny8-setup-root' );
	if ( ! started ) {
		return;
	}
	setupApiFetch( started.boot.rest );
	createRoot( started.root ).render(
		<SetupApp
			initialState={ started.boot.initialState }
			rest={ started.boot.rest }
		/>
	);
} );
