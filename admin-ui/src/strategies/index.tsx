/**
 * Strategies screen (IGNY8 → Strategies): named bundles of writing choices.
 *
 * WordPress dependencies
 */
import domReady from '@wordpress/dom-ready';
import { createRoot } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { setupApiFetch } from '../shared/api-fetch';
import { readBoot } from '../shared/boot';
import { StrategiesApp } from './components/StrategiesApp';
import type { StrategiesState } from './types';
import '../shared/screen.scss';

domReady( () => {
	const booted = readBoot< StrategiesState >( 'igny8-strategies-root' );
	if ( ! booted ) {
		return;
	}
	setupApiFetch( booted.boot.rest );
	createRoot( booted.root ).render(
		<StrategiesApp state={ booted.boot.initialState } />
	);
} );
