/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import { PROMPT_MAX_LENGTH, promptProblem } from '../image-prompt';

describe( 'promptProblem', () => {
	it( 'refuses an empty or too long prompt, as the server does', () => {
		expect( promptProblem( '   ' ) ).toBe(
			'Write what the image should show.'
		);
		expect( promptProblem( 'x'.repeat( PROMPT_MAX_LENGTH + 1 ) ) ).toBe(
			'The prompt is longer than 1000 characters.'
		);
		expect( promptProblem( 'A watering can at dawn' ) ).toBeNull();
		expect( promptProblem( 'x'.repeat( PROMPT_MAX_LENGTH ) ) ).toBeNull();
	} );
} );
