/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';

/**
 * Internal dependencies
 */
import type { SetupState, SetupStep, StepStatus } from './types';

const PATH = '/igny8/v1/setup';

/** POST /setup/steps/{step}: skip, finish or reopen a step. */
export const markStep = ( step: SetupStep, status: StepStatus ) =>
	apiFetch< SetupState >( {
		path: `${ PATH }/steps/${ step }`,
		method: 'POST',
		data: { status },
	} );

/** POST /setup/connect: the portal URL to open (PHP keeps the state and PKCE verifier). */
export const startConnect = ( cloudUrl: string ) =>
	apiFetch< { authorize_url: string } >( {
		path: `${ PATH }/connect`,
		method: 'POST',
		data: { cloud_url: cloudUrl },
	} );

/** POST /setup/connect/callback: PHP trades the portal's code for the key. */
export const finishConnect = ( data: {
	state: string;
	code?: string;
	error?: string;
} ) =>
	apiFetch< SetupState >( {
		path: `${ PATH }/connect/callback`,
		method: 'POST',
		data,
	} );

/** GET /setup. */
export const fetchSetup = () => apiFetch< SetupState >( { path: PATH } );
