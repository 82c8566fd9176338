/**
 * Dashboard screen (IGNY8 → Dashboard): the pipeline at a glance.
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
import { DashboardApp } from './components/DashboardApp';
import type { DashboardState } from './types';
import '../shared/screen.scss';
import './index.scss';

domReady( () => {
	const booted = readBoot< DashboardState >( 'igny8-dashboard-root' );
	if ( ! booted ) {
		return;
	}
	setupApiFetch( booted.boot.rest );
	createRoot( booted.root ).render(
		<DashboardApp state={ booted.boot.initialState } />
	);
} );
