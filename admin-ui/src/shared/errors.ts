/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { RestError, ScreenNotice } from './types';

/** Where the screen can send the user to fix a connection problem. */
export interface ErrorContext {
	/** Settings screen URL; only given to users who may open it. */
	settingsUrl?: string;
}

/**
 * Narrows anything apiFetch rejected with to a WP_Error-shaped object.
 */
export function asRestError( error: unknown ): RestError {
	if ( error && typeof error === 'object' ) {
		const candidate = error as Partial< RestError >;
		if ( typeof candidate.message === 'string' ) {
			return {
				code:
					typeof candidate.code === 'string'
						? candidate.code
						: 'unknown_error',
				// WordPress's fatal-error handler answers REST with an HTML message.
				message: plainText( candidate.message ),
				data: candidate.data,
			};
		}
	}
	if ( typeof error === 'string' && error !== '' ) {
		return { code: 'unknown_error', message: error };
	}
	return {
		code: 'unknown_error',
		message: __( 'Something went wrong.', 'igny8' ),
	};
}

/**
 * Turns a REST failure into an error notice: the server's message, plus the
 * next step (and a link to Settings, when the user may open it) for errors
 * whose message does not already give one.
 */
export function errorToNotice(
	error: unknown,
	context: ErrorContext = {}
): ScreenNotice {
	const restError = asRestError( error );
	const settingsAction = context.settingsUrl
		? [
				{
					label: __( 'Open IGNY8 Settings', 'igny8' ),
					url: context.settingsUrl,
				},
			]
		: undefined;

	const notice: ScreenNotice = {
		status: 'error',
		message: restError.message,
	};

	switch ( restError.code ) {
		// The plugin's own messages for these already say what to do next
		// (check the URL / start the cloud, copy the key, connect first), so
		// only a way to get there is added.
		case 'igny8_cloud_unreachable':
		case 'igny8_not_connected':
			notice.actions = settingsAction;
			break;
		case 'igny8_invalid_api_key':
			break;
		case 'igny8_insufficient_credits':
			notice.nextStep = __(
				'Add credits to your IGNY8 account, then try again. Your title and brief are kept.',
				'igny8'
			);
			break;
		case 'rest_cookie_invalid_nonce':
		case 'rest_not_logged_in':
			notice.nextStep = __(
				'Your session has expired. Reload the page (log in again if asked), then retry.',
				'igny8'
			);
			break;
		case 'rest_forbidden':
			notice.nextStep = __(
				'Your user account is not allowed to do this. Ask an administrator.',
				'igny8'
			);
			break;
		case 'rest_no_route':
			notice.nextStep = __(
				'The IGNY8 REST routes are not available. Make sure the IGNY8 plugin is active and up to date.',
				'igny8'
			);
			break;
		case 'fetch_error':
			notice.nextStep = __(
				'WordPress could not be reached. Check your network connection, then try again.',
				'igny8'
			);
			break;
		case 'internal_server_error':
		case 'invalid_json':
			notice.nextStep = __(
				'WordPress sent an unexpected answer, often a PHP error. Check the PHP error log, then try again.',
				'igny8'
			);
			break;
		default:
			if ( restError.data?.status === 402 ) {
				notice.nextStep = __(
					'Add credits to your IGNY8 account, then try again.',
					'igny8'
				);
			}
	}

	return notice;
}

/** Text of a message that may hold HTML (tags dropped, whitespace collapsed). */
function plainText( message: string ): string {
	return message.includes( '<' )
		? message
				.replace( /<[^>]*>/g, ' ' )
				.replace( /\s+/g, ' ' )
				.trim()
		: message;
}
