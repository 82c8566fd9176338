import { describe, expect, it } from 'vitest';
import { AI_FUNCTION_NAMES } from '../ai/registry';
import { JOB_STATUSES, JOB_FUNCTIONS } from './jobs';
import { jobs } from '../db/schema';

describe( 'the job contract', () => {
	it( 'names only AI functions the Worker registers', () => {
		expect( JOB_FUNCTIONS.filter( ( name ) => ! AI_FUNCTION_NAMES.includes( name ) ) ).toEqual( [] );
	} );

	it( 'is the set of statuses the jobs table accepts', () => {
		expect( jobs.status.enumValues ).toEqual( [ ...JOB_STATUSES ] );
	} );
} );
