/**
 * Placeholder entry for the planner screen; replaced by the screen's app.
 */
import domReady from '@wordpress/dom-ready';
import { __ } from '@wordpress/i18n';

domReady( () => {
	const root = document.getElementById( 'igny8-planner-root' );
	if ( root ) root.textContent = __( 'This screen is being built.', 'igny8' );
} );
