import { describe, expect, it } from 'vitest';
import {
	fillDays,
	horizontalBars,
	labelledIndexes,
	niceCeiling,
	ticks,
	verticalBars,
} from '../chart';

describe( 'fillDays', () => {
	it( 'fills the days the report omits with zero, both ends included', () => {
		expect(
			fillDays(
				[ { date: '2026-11-24', credits: 8 } ],
				'2026-11-22',
				'2026-11-25'
			)
		).toEqual( [
			{ date: '2026-11-22', credits: 0 },
			{ date: '2026-11-23', credits: 0 },
			{ date: '2026-11-24', credits: 8 },
			{ date: '2026-11-25', credits: 0 },
		] );
	} );

	it( 'crosses month ends in UTC', () => {
		expect(
			fillDays( [], '2026-02-27', '2026-03-01' ).map(
				( day ) => day.date
			)
		).toEqual( [ '2026-02-27', '2026-02-28', '2026-03-01' ] );
	} );

	it( 'keeps the rows as sent when the range is unreadable', () => {
		expect(
			fillDays( [ { date: 'x', credits: 3 } ], 'nope', '2026-03-01' )
		).toEqual( [ { date: 'x', credits: 3 } ] );
	} );
} );

describe( 'niceCeiling', () => {
	it.each( [
		[ 0, 1 ],
		[ 1, 1 ],
		[ 3, 5 ],
		[ 7, 10 ],
		[ 10, 10 ],
		[ 11, 20 ],
		[ 48, 50 ],
		[ 120, 200 ],
		[ 5001, 10000 ],
	] )( 'rounds %d up to %d', ( value, expected ) => {
		expect( niceCeiling( value ) ).toBe( expected );
	} );
} );

describe( 'ticks', () => {
	it( 'splits the axis into equal whole steps', () => {
		expect( ticks( 200 ) ).toEqual( [ 0, 50, 100, 150, 200 ] );
	} );

	it( 'uses fewer ticks than asked when the maximum is small, never repeating one', () => {
		expect( ticks( 2 ) ).toEqual( [ 0, 1, 2 ] );
		expect( ticks( 1 ) ).toEqual( [ 0, 1 ] );
	} );
} );

describe( 'verticalBars', () => {
	it( 'scales values to the height and spreads the bars over the width', () => {
		const bars = verticalBars(
			[
				{ key: 'a', value: 50 },
				{ key: 'b', value: 100 },
			],
			200,
			100,
			100,
			0.5
		);
		expect( bars ).toEqual( [
			{ key: 'a', value: 50, x: 25, y: 50, width: 50, height: 50 },
			{ key: 'b', value: 100, x: 125, y: 0, width: 50, height: 100 },
		] );
	} );

	it( 'keeps a tiny non-zero value visible and draws nothing for zero', () => {
		const [ tiny, none ] = verticalBars(
			[
				{ key: 'tiny', value: 1 },
				{ key: 'none', value: 0 },
			],
			100,
			100,
			10000
		);
		expect( tiny?.height ).toBe( 1 );
		expect( none?.height ).toBe( 0 );
	} );

	it( 'never draws a bar taller than the chart or below the axis', () => {
		const [ over, negative ] = verticalBars(
			[
				{ key: 'over', value: 500 },
				{ key: 'negative', value: -5 },
			],
			100,
			100,
			100
		);
		expect( over?.height ).toBe( 100 );
		expect( negative ).toMatchObject( { value: 0, height: 0, y: 100 } );
	} );
} );

describe( 'horizontalBars', () => {
	it( 'gives the largest value the full width', () => {
		const bars = horizontalBars(
			[
				{ key: 'generate_content', value: 40 },
				{ key: 'generate_images', value: 10 },
			],
			400,
			20
		);
		expect( bars.map( ( bar ) => [ bar.width, bar.y ] ) ).toEqual( [
			[ 400, 0 ],
			[ 100, 20 ],
		] );
	} );
} );

describe( 'labelledIndexes', () => {
	it( 'labels every nth day and always the last', () => {
		expect(
			[ ...labelledIndexes( 30, 6 ) ].sort( ( a, b ) => a - b )
		).toEqual( [ 0, 5, 10, 15, 20, 25, 29 ] );
	} );

	it( 'labels every day of a short period', () => {
		expect( labelledIndexes( 3, 6 ).size ).toBe( 3 );
	} );
} );
