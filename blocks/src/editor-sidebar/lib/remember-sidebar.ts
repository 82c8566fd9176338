/**
 * The block editor remembers whether its settings sidebar was open, not which one: a plugin's
 * sidebar that an author left open comes back as Post settings, and the author has to open it
 * again on every post. IGNY8 keeps its own per-user preference (core/preferences, stored with the
 * editor's) and opens its sidebar as the editor starts when the author left it open. Switching
 * to another sidebar forgets it; a closed sidebar stays closed (the editor remembers that).
 */

/**
 * WordPress dependencies
 */
import { dispatch, select, subscribe } from '@wordpress/data';

/**
 * Internal dependencies
 */
import { SIDEBAR_AREA } from './sidebar-name';

/** The editor's sidebar area (core/interface scope). */
const SCOPE = 'core';

/** IGNY8's preference: whether its sidebar was the open one when the author last used it. */
const PREFERENCE = { scope: 'igny8', name: 'sidebarOpen' } as const;

interface Preferences {
	get: ( scope: string, name: string ) => unknown;
}
interface PreferenceActions {
	set: ( scope: string, name: string, value: unknown ) => void;
}
interface InterfaceSelectors {
	getActiveComplementaryArea: ( scope: string ) => string | null | undefined;
}
interface InterfaceActions {
	enableComplementaryArea: ( scope: string, area: string ) => void;
}

/**
 * What the preference becomes when the editor's active area is `area`: undefined (unchanged)
 * while the area is unknown (the editor starting) or the sidebar is closed, so closing the
 * sidebar and reopening the editor's settings later does not lose the choice.
 */
function rememberedFor( area: string | null | undefined ): boolean | undefined {
	if ( typeof area !== 'string' ) {
		return undefined;
	}
	return area === SIDEBAR_AREA;
}

/**
 * Opens IGNY8's sidebar now if the author left it open; remembers each later switch.
 *
 * @return Whether the sidebar was opened.
 */
export function rememberSidebar(): boolean {
	const preferences = select( 'core/preferences' ) as unknown as Preferences;
	const areas = select( 'core/interface' ) as unknown as InterfaceSelectors;
	const reopen =
		preferences.get( PREFERENCE.scope, PREFERENCE.name ) === true &&
		// A sidebar the author closed stays closed.
		preferences.get( SCOPE, 'isComplementaryAreaVisible' ) !== false;
	if ( reopen ) {
		// Set before the editor starts, so its default (Post settings) does not replace it.
		(
			dispatch( 'core/interface' ) as unknown as InterfaceActions
		 ).enableComplementaryArea( SCOPE, SIDEBAR_AREA );
	}
	let last = areas.getActiveComplementaryArea( SCOPE );
	subscribe( () => {
		const area = areas.getActiveComplementaryArea( SCOPE );
		if ( area === last ) {
			return;
		}
		last = area;
		const open = rememberedFor( area );
		if (
			open !== undefined &&
			open !==
				( preferences.get( PREFERENCE.scope, PREFERENCE.name ) ===
					true )
		) {
			(
				dispatch( 'core/preferences' ) as unknown as PreferenceActions
			 ).set( PREFERENCE.scope, PREFERENCE.name, open );
		}
	}, 'core/interface' );
	return reopen;
}
