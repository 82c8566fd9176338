/**
 * The review of a product's pending description (Shop\Product_Review prints the root in a meta
 * box of the classic product editor).
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
import { ProductReview } from './components/ProductReview';
import type { ProductReviewInitialState } from './types';
import './index.scss';

domReady( () => {
	const started = readBoot< ProductReviewInitialState >(
		'igny8-product-review-root'
	);
	if ( ! started ) {
		return;
	}
	setupApiFetch( started.boot.rest );
	createRoot( started.root ).render(
		<ProductReview initialState={ started.boot.initialState } />
	);
} );
