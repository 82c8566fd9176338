/**
 * Linker screen (IGNY8 → Linker): the internal link graph, suggestions and applied links.
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
import { LinkerApp } from './components/LinkerApp';
import type { LinkerState } from './types';
import '../shared/screen.scss';
import './index.scss';

domReady( () => {
	const booted = readBoot< LinkerState >( 'igny8-linker-root' );
	if ( ! booted ) {
		return;
	}
	setupApiFetch( booted.boot.rest );
	createRoot( booted.root ).render(
		<LinkerApp state={ booted.boot.initialState } />
	);
} );
