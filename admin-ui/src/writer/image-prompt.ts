/**
 * The rules of an image prompt, the same as the server's (Generate_Images\Action args). Pure.
 *
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/** The server's limit on a prompt. */
export const PROMPT_MAX_LENGTH = 1000;

/** Why a prompt cannot be sent, or null. */
export function promptProblem( prompt: string ): string | null {
	if ( prompt.trim() === '' ) {
		return __( 'Write what the image should show.', 'igny8' );
	}
	if ( prompt.length > PROMPT_MAX_LENGTH ) {
		return __( 'The prompt is longer than 1000 characters.', 'igny8' );
	}
	return null;
}
