/**
 * Planner screen (IGNY8 → Planner): Keywords, Clusters and Ideas.
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
import '../shared/store';
import { keepPreloadedClusterDetails } from './cluster-detail/api';
import { PlannerApp } from './components/PlannerApp';
import type { PlannerState } from './types';
import '../shared/screen.scss';
import './index.scss';

domReady( () => {
	const booted = readBoot< PlannerState >( 'igny8-planner-root' );
	if ( ! booted ) {
		return;
	}
	keepPreloadedClusterDetails( booted.boot.initialState.preload );
	setupApiFetch( booted.boot.rest, booted.boot.initialState.preload );
	createRoot( booted.root ).render( <PlannerApp boot={ booted.boot } /> );
} );
