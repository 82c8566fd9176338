/**
 * External dependencies
 */
import { describe, expect, it } from 'vitest';

/**
 * Internal dependencies
 */
import {
	initialChoice,
	isPresent,
	planChoice,
	toggle,
	type Industry,
} from '../industry';

const pets: Industry = {
	slug: 'pets',
	name: 'Pets and animals',
	sectors: [
		{ slug: 'dogs', name: 'Dogs', keywords: [ 'dog food' ] },
		{ slug: 'cats', name: 'Cats', keywords: [] },
		{ slug: 'pet-health', name: 'Pet health', keywords: [] },
		{ slug: 'pet-training', name: 'Pet training', keywords: [] },
		{ slug: 'small-pets', name: 'Small pets', keywords: [] },
	],
};
const cats = { id: 3, name: 'Cats', slug: 'cats' };
const travel = { id: 7, name: 'Travel', slug: 'travel' };

describe( 'industry choice', () => {
	it( 'recognises a suggestion the site already has by its slug', () => {
		expect(
			isPresent( { name: 'Pet health' }, [ { slug: 'pet-health' } ] )
		).toBe( true );
		expect(
			isPresent( { name: 'Pet health' }, [ { slug: 'pets' } ] )
		).toBe( false );
	} );

	it( 'pre-checks the new suggestions that fit beside the existing sectors', () => {
		expect( initialChoice( pets, [] ) ).toEqual( {
			add: [ 'dogs', 'cats', 'pet-health', 'pet-training', 'small-pets' ],
			remove: [],
		} );
		expect( initialChoice( pets, [ cats, travel ] ).add ).toEqual( [
			'dogs',
			'pet-health',
			'pet-training',
		] );
	} );

	it( 'never deletes an existing sector unless it was unchecked', () => {
		const plan = planChoice(
			pets,
			[ cats, travel ],
			initialChoice( pets, [ cats, travel ] )
		);
		expect( plan ).toEqual( {
			add: [ 'dogs', 'pet-health', 'pet-training' ],
			remove: [],
			total: 5,
			valid: true,
		} );
	} );

	it( 'is invalid past five sectors and at zero', () => {
		const tooMany = toggle( initialChoice( pets, [ cats, travel ] ), {
			slug: 'small-pets',
		} );
		expect( planChoice( pets, [ cats, travel ], tooMany ) ).toMatchObject( {
			total: 6,
			valid: false,
		} );
		const room = toggle( tooMany, { id: travel.id } );
		expect( planChoice( pets, [ cats, travel ], room ) ).toMatchObject( {
			remove: [ 7 ],
			total: 5,
			valid: true,
		} );
		const none = { add: [], remove: [ cats.id ] };
		expect( planChoice( pets, [ cats ], none ) ).toMatchObject( {
			total: 0,
			valid: false,
		} );
	} );

	it( 'adds a suggestion again when its existing sector is deleted', () => {
		const plan = planChoice( pets, [ cats ], {
			add: [ 'cats' ],
			remove: [ cats.id ],
		} );
		expect( plan ).toEqual( {
			add: [ 'cats' ],
			remove: [ 3 ],
			total: 1,
			valid: true,
		} );
	} );

	it( 'toggles suggestions and existing sectors', () => {
		const choice = { add: [ 'dogs' ], remove: [] };
		expect( toggle( choice, { slug: 'dogs' } ).add ).toEqual( [] );
		expect(
			toggle( toggle( choice, { id: 3 } ), { id: 3 } ).remove
		).toEqual( [] );
	} );
} );
