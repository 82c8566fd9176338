/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Igny8Boot } from './types';

/**
 * Finds the screen's root element and the boot data PHP printed for it.
 *
 * Fails fast: when either is missing the screen cannot work, so a visible
 * message replaces the loading text (plain DOM: React may be what failed) and
 * null is returned so the caller mounts nothing.
 */
export function readBoot< InitialState >(
	rootId: string
): { root: HTMLElement; boot: Igny8Boot< InitialState > } | null {
	const root = document.getElementById( rootId );
	if ( ! root ) {
		// Without the root there is nowhere to render; the console is all we have.
		// eslint-disable-next-line no-console
		console.error( `IGNY8: #${ rootId } was not found on this page.` );
		return null;
	}

	const boot = window.igny8Boot;
	if ( ! isBoot( boot ) ) {
		showFatal(
			root,
			__(
				'IGNY8 could not start this screen: its boot data (window.igny8Boot) is missing. Reload the page; if this keeps happening, deactivate and reactivate the IGNY8 plugin.',
				'igny8'
			)
		);
		return null;
	}

	return { root, boot: boot as Igny8Boot< InitialState > };
}

/**
 * Replaces the root's content with an error notice styled like wp-admin's own.
 */
export function showFatal( root: HTMLElement, message: string ): void {
	const notice = document.createElement( 'div' );
	notice.className = 'notice notice-error igny8-fatal';
	notice.setAttribute( 'role', 'alert' );
	const paragraph = document.createElement( 'p' );
	paragraph.textContent = message;
	notice.appendChild( paragraph );
	root.replaceChildren( notice );
}

function isBoot( value: unknown ): value is Igny8Boot {
	if ( ! value || typeof value !== 'object' ) {
		return false;
	}
	const rest = ( value as { rest?: unknown } ).rest;
	return (
		!! rest &&
		typeof rest === 'object' &&
		typeof ( rest as { root?: unknown } ).root === 'string' &&
		typeof ( rest as { nonce?: unknown } ).nonce === 'string' &&
		'initialState' in value
	);
}
