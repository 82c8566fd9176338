/**
 * IGNY8 on WooCommerce's Products list (Shop\Products_Panel prints the root).
 *
 * WordPress dependencies
 */
import { createRoot } from '@wordpress/element';
import domReady from '@wordpress/dom-ready';

/**
 * Internal dependencies
 */
import { readBoot } from '../shared/boot';
import { setupApiFetch } from '../shared/api-fetch';
import { ProductsPanel } from './components/ProductsPanel';
import type { ProductsInitialState } from './types';
import '../shared/screen.scss';
import './index.scss';

domReady( () => {
	const started = readBoot< ProductsInitialState >( 'igny8-products-root' );
	if ( ! started ) {
		return;
	}
	setupApiFetch( started.boot.rest );
	createRoot( started.root ).render(
		<ProductsPanel initialState={ started.boot.initialState } />
	);
} );
