/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	FORM_STORAGE_KEY,
	formSignature,
	loadActiveJob,
	loadCreatedTask,
	loadForm,
	parseKeywords,
	saveActiveJob,
	saveCreatedTask,
	saveForm,
} from '../draft';

function memoryStorage() {
	const data = new Map< string, string >();
	return {
		getItem: ( key: string ) => data.get( key ) ?? null,
		setItem: ( key: string, value: string ) => void data.set( key, value ),
		removeItem: ( key: string ) => void data.delete( key ),
		data,
	};
}

describe( 'parseKeywords', () => {
	it( 'splits on commas and new lines, trims and drops duplicates', () => {
		expect(
			parseKeywords( ' seo ,  content  plan,\nSEO,, wordpress ' )
		).toEqual( [ 'seo', 'content plan', 'wordpress' ] );
	} );

	it( 'returns nothing for an empty field', () => {
		expect( parseKeywords( ' , ' ) ).toEqual( [] );
	} );
} );

describe( 'form persistence', () => {
	it( 'keeps the typed brief across a reload', () => {
		const storage = memoryStorage();
		saveForm( storage, {
			title: 'T',
			brief: 'A long brief',
			keywords: 'a',
		} );
		expect( loadForm( storage ) ).toEqual( {
			title: 'T',
			brief: 'A long brief',
			keywords: 'a',
		} );
	} );

	it( 'forgets an empty form', () => {
		const storage = memoryStorage();
		saveForm( storage, { title: 'T', brief: '', keywords: '' } );
		saveForm( storage, { title: '', brief: '', keywords: '' } );
		expect( storage.data.has( FORM_STORAGE_KEY ) ).toBe( false );
	} );

	it( 'treats malformed storage as no draft', () => {
		const storage = memoryStorage();
		storage.setItem( FORM_STORAGE_KEY, '{not json' );
		expect( loadForm( storage ).brief ).toBe( '' );
		expect( loadForm( null ).title ).toBe( '' );
	} );

	it( 'remembers the job being followed', () => {
		const storage = memoryStorage();
		saveActiveJob( storage, { jobId: 'job_1', taskId: 7, title: 'T' } );
		expect( loadActiveJob( storage ) ).toEqual( {
			jobId: 'job_1',
			taskId: 7,
			title: 'T',
		} );
		saveActiveJob( storage, null );
		expect( loadActiveJob( storage ) ).toBeNull();
	} );
} );

describe( 'created task reuse', () => {
	it( 'matches the same content however it is spaced', () => {
		expect(
			formSignature( { title: ' A ', brief: 'b', keywords: 'x, y' } )
		).toBe( formSignature( { title: 'A', brief: 'b ', keywords: 'x,y' } ) );
		expect(
			formSignature( { title: 'A', brief: 'b', keywords: '' } )
		).not.toBe( formSignature( { title: 'A', brief: 'c', keywords: '' } ) );
	} );

	it( 'survives a reload, so a retry does not create a second task', () => {
		const storage = memoryStorage();
		saveCreatedTask( storage, { id: 3, signature: 's' } );
		expect( loadCreatedTask( storage ) ).toEqual( {
			id: 3,
			signature: 's',
		} );
		saveCreatedTask( storage, null );
		expect( loadCreatedTask( storage ) ).toBeNull();
	} );
} );
