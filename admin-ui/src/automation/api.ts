/**
 * Calls of the Automation screen (igny8/v1/automation/*).
 *
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { Rule, Run } from './types';

export const ruleAction = ( id: number, action: 'run' | 'dry-run' ) =>
	apiFetch< Run >( {
		path: `/igny8/v1/automation/rules/${ id }/${ action }`,
		method: 'POST',
	} );

export const setPaused = ( id: number, paused: boolean ) =>
	apiFetch< Rule >( {
		path: `/igny8/v1/automation/rules/${ id }/${ paused ? 'pause' : 'resume' }`,
		method: 'POST',
	} );
