import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { AI_FUNCTION_NAMES, getAiFunction } from '../ai/registry';
import { rewrite } from '../ai/functions/rewrite';
import { EDITOR_FUNCTION_CONTEXT, JOB_FUNCTION_CONTEXT, JOB_STATUSES, JOB_FUNCTIONS, SITE_CONTEXT_FIELDS } from './jobs';
import { jobs } from '../db/schema';

describe( 'the job contract', () => {
	it( 'names only AI functions the Worker registers', () => {
		expect( JOB_FUNCTIONS.filter( ( name ) => ! AI_FUNCTION_NAMES.includes( name ) ) ).toEqual( [] );
	} );

	it( 'is the set of statuses the jobs table accepts', () => {
		expect( jobs.status.enumValues ).toEqual( [ ...JOB_STATUSES ] );
	} );

	it.each( JOB_FUNCTIONS )( 'lists the site settings %s accepts, exactly as its input schema does', ( name ) => {
		const schema = getAiFunction( name )!.inputSchema;
		expect( schema ).toBeInstanceOf( z.ZodObject );
		const accepted = SITE_CONTEXT_FIELDS.filter( ( field ) => field in ( schema as z.ZodObject ).shape );
		expect( [ ...JOB_FUNCTION_CONTEXT[ name ] ].sort() ).toEqual( [ ...accepted ].sort() );
	} );

	it.each( Object.keys( EDITOR_FUNCTION_CONTEXT ) as Array<keyof typeof EDITOR_FUNCTION_CONTEXT> )( 'lists the site settings the editor action %s accepts, exactly as its input schema does', ( name ) => {
		const schema = name === 'rewrite' ? rewrite.inputSchema : getAiFunction( name )!.inputSchema;
		expect( schema ).toBeInstanceOf( z.ZodObject );
		const accepted = SITE_CONTEXT_FIELDS.filter( ( field ) => field in ( schema as z.ZodObject ).shape );
		expect( [ ...EDITOR_FUNCTION_CONTEXT[ name ] ].sort() ).toEqual( [ ...accepted ].sort() );
	} );
} );
