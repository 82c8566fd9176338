/**
 * The wizard's pure model: step titles, which step to open, and what the
 * portal's redirect brought back. No React, so it is tested on its own.
 *
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { SETUP_STEPS } from './types';
import type { PortalReturn, SetupStep, StepStatus } from './types';

/** A step's title, as the step list and its heading show it. */
export function stepTitle( step: SetupStep ): string {
	switch ( step ) {
		case 'connect':
			return __( 'Connect to IGNY8', 'igny8' );
		case 'industry':
			return __( 'Industry and sectors', 'igny8' );
		case 'profile':
			return __( 'Language and author profile', 'igny8' );
		case 'keywords':
			return __( 'Keywords', 'igny8' );
		case 'clustering':
			return __( 'First clustering', 'igny8' );
	}
}

/** A step's status in words, for the step list. */
export function statusLabel( status: StepStatus ): string {
	switch ( status ) {
		case 'done':
			return __( 'Done', 'igny8' );
		case 'skipped':
			return __( 'Skipped', 'igny8' );
		default:
			return __( 'To do', 'igny8' );
	}
}

/** The step to open: the first still pending, else the last one. */
export function firstPending(
	steps: Record< SetupStep, StepStatus >
): SetupStep {
	return (
		SETUP_STEPS.find( ( step ) => steps[ step ] === 'pending' ) ??
		'clustering'
	);
}

/** The step after `step`, or null after the last one. */
export function nextStep( step: SetupStep ): SetupStep | null {
	return SETUP_STEPS[ SETUP_STEPS.indexOf( step ) + 1 ] ?? null;
}

/**
 * The portal's answer as PHP read it from the address (wp-admin drops `error`
 * from the address before scripts run, so the browser cannot read it itself).
 */
export function readPortalReturn(
	raw: { state?: string; code?: string; error?: string } | null
): PortalReturn {
	if ( ! raw?.state ) {
		return null;
	}
	if ( raw.code ) {
		return { kind: 'code', state: raw.state, code: raw.code };
	}
	return raw.error
		? { kind: 'error', state: raw.state, error: raw.error }
		: null;
}

/** The same URL without the portal's answer, so a reload does not send the spent code again. */
export function withoutPortalReturn( href: string ): string {
	const url = new URL( href );
	for ( const name of [ 'code', 'state', 'error' ] ) {
		url.searchParams.delete( name );
	}
	return url.toString();
}
