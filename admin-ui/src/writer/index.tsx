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
import { WriterApp } from './components/WriterApp';
import type { WriterInitialState } from './types';
import '../shared/screen.scss';
import './index.scss';

domReady( () => {
	const started = readBoot< WriterInitialState >( 'igny8-writer-root' );
	if ( ! started ) {
		return;
	}
	setupApiFetch( started.boot.rest );
	createRoot( started.root ).render(
		<WriterApp initialState={ started.boot.initialState } />
	);
} );
