/**
 * Automation screen (IGNY8 → Automation): rules, dry runs, pause/resume and the run log.
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
import { AutomationApp } from './components/AutomationApp';
import type { AutomationState } from './types';
import '../shared/screen.scss';
import './index.scss';

domReady( () => {
	const booted = readBoot< AutomationState >( 'igny8-automation-root' );
	if ( ! booted ) {
		return;
	}
	setupApiFetch( booted.boot.rest );
	createRoot( booted.root ).render(
		<AutomationApp state={ booted.boot.initialState } />
	);
} );
