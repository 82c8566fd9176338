/**
 * Optimizer screen (IGNY8 → Optimizer): posts by optimisation score, optimise jobs, revisions.
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
import { OptimizerApp } from './components/OptimizerApp';
import type { OptimizerState } from './types';
import '../shared/screen.scss';
import './index.scss';

domReady( () => {
	const booted = readBoot< OptimizerState >( 'igny8-optimizer-root' );
	if ( ! booted ) {
		return;
	}
	setupApiFetch( booted.boot.rest );
	createRoot( booted.root ).render(
		<OptimizerApp state={ booted.boot.initialState } />
	);
} );
