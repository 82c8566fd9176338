import { describe, expect, it } from 'vitest';
import { AI_FUNCTION_NAMES } from '../../ai/registry';
import { functionName } from './format';

describe( 'functionName', () => {
	// A function added to the registry without a name would show its raw id in the usage table and CSV.
	it( 'names every AI function the cloud runs, the editor’s rewrite included', () => {
		const unnamed = [ ...AI_FUNCTION_NAMES, 'rewrite' ].filter( ( id ) => functionName( id ) === id );
		expect( unnamed ).toEqual( [] );
	} );

	it( 'shows an unknown id as sent and no function as a dash', () => {
		expect( functionName( 'made_up' ) ).toBe( 'made_up' );
		expect( functionName( null ) ).toBe( '—' );
		expect( functionName( 'generate_content' ) ).toBe( 'Articles' );
	} );
} );
