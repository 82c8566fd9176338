/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	EMPTY_FORM,
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
			strategy: '4',
		} );
		expect( loadForm( storage ) ).toEqual( {
			title: 'T',
			brief: 'A long brief',
			keywords: 'a',
			strategy: '4',
		} );
	} );

	it( 'reads a draft saved before strategies, or a tampered one, with the default strategy', () => {
		const storage = memoryStorage();
		storage.setItem(
			FORM_STORAGE_KEY,
			JSON.stringify( { title: 'T', brief: 'b', keywords: '' } )
		);
		expect( loadForm( storage ).strategy ).toBe( '0' );
		storage.setItem(
			FORM_STORAGE_KEY,
			JSON.stringify( { title: 'T', strategy: '1 OR 1' } )
		);
		expect( loadForm( storage ).strategy ).toBe( '0' );
	} );

	it( 'forgets an empty form', () => {
		const storage = memoryStorage();
		saveForm( storage, {
			title: 'T',
			brief: '',
			keywords: '',
			strategy: '0',
		} );
		saveForm( storage, { ...EMPTY_FORM } );
		expect( storage.data.has( FORM_STORAGE_KEY ) ).toBe( false );
		// A chosen strategy alone is a choice worth keeping.
		saveForm( storage, { ...EMPTY_FORM, strategy: '2' } );
		expect( storage.data.has( FORM_STORAGE_KEY ) ).toBe( true );
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
		const form = { ...EMPTY_FORM, title: 'A', brief: 'b' };
		expect(
			formSignature( { ...form, title: ' A ', keywords: 'x, y' } )
		).toBe( formSignature( { ...form, brief: 'b ', keywords: 'x,y' } ) );
		expect( formSignature( form ) ).not.toBe(
			formSignature( { ...form, brief: 'c' } )
		);
		// Another strategy is another task: the retry must not reuse the old one.
		expect( formSignature( form ) ).not.toBe(
			formSignature( { ...form, strategy: '3' } )
		);
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
