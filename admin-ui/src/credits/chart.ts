/**
 * Pure geometry of the usage charts: days without usage filled with zero,
 * a "nice" axis maximum and ticks, and bar rectangles. Kept apart from the
 * React components so it is unit tested.
 */

/** One bar of a chart: its label, its value and where it is drawn. */
export interface Bar {
	key: string;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * Every UTC date from `from` to `to` (YYYY-MM-DD, both included) with its
 * credits; dates the report omits (no jobs) count as zero.
 */
export function fillDays(
	rows: Array< { date: string; credits: number } >,
	from: string,
	to: string
): Array< { date: string; credits: number } > {
	const start = Date.parse( `${ from }T00:00:00Z` );
	const end = Date.parse( `${ to }T00:00:00Z` );
	if ( Number.isNaN( start ) || Number.isNaN( end ) || end < start ) {
		return rows.map( ( row ) => ( {
			date: row.date,
			credits: row.credits,
		} ) );
	}
	const byDate = new Map( rows.map( ( row ) => [ row.date, row.credits ] ) );
	const days: Array< { date: string; credits: number } > = [];
	// 400 days at most: the cloud's own limit is 366.
	for ( let time = start; time <= end && days.length < 400; time += DAY_MS ) {
		const date = new Date( time ).toISOString().slice( 0, 10 );
		days.push( { date, credits: byDate.get( date ) ?? 0 } );
	}
	return days;
}

/**
 * The smallest 1, 2 or 5 × 10ⁿ at or above `value` (at least 1), so axis
 * labels are round numbers.
 */
export function niceCeiling( value: number ): number {
	if ( ! Number.isFinite( value ) || value <= 1 ) {
		return 1;
	}
	const power = Math.pow( 10, Math.floor( Math.log10( value ) ) );
	for ( const step of [ 1, 2, 5, 10 ] ) {
		if ( step * power >= value ) {
			return step * power;
		}
	}
	return 10 * power;
}

/**
 * Axis ticks from 0 to `max` in `count` equal whole-number steps (fewer
 * when `max` is small, so no tick repeats).
 */
export function ticks( max: number, count = 4 ): number[] {
	const steps = Math.max( 1, Math.min( count, Math.floor( max ) ) );
	const values: number[] = [];
	for ( let index = 0; index <= steps; index++ ) {
		values.push( Math.round( ( max * index ) / steps ) );
	}
	return values;
}

/**
 * Vertical bars filling `width` × `height`, scaled to `max`; a non-zero
 * value is at least 1px tall so it stays visible.
 */
export function verticalBars(
	values: Array< { key: string; value: number } >,
	width: number,
	height: number,
	max: number,
	gapRatio = 0.25
): Bar[] {
	if ( values.length === 0 ) {
		return [];
	}
	const slot = width / values.length;
	const barWidth = Math.max( 1, slot * ( 1 - gapRatio ) );
	const scale = max > 0 ? height / max : 0;
	return values.map( ( entry, index ) => {
		const value = Math.max( 0, entry.value );
		const barHeight =
			value > 0 ? Math.max( 1, Math.min( height, value * scale ) ) : 0;
		return {
			key: entry.key,
			value,
			x: index * slot + ( slot - barWidth ) / 2,
			y: height - barHeight,
			width: barWidth,
			height: barHeight,
		};
	} );
}

/**
 * Horizontal bars, one row per value, each `rowHeight` tall, scaled so the
 * largest value fills `width`.
 */
export function horizontalBars(
	values: Array< { key: string; value: number } >,
	width: number,
	rowHeight: number
): Bar[] {
	const max = Math.max( 0, ...values.map( ( entry ) => entry.value ) );
	return values.map( ( entry, index ) => {
		const value = Math.max( 0, entry.value );
		return {
			key: entry.key,
			value,
			x: 0,
			y: index * rowHeight,
			width:
				max > 0 && value > 0
					? Math.max( 1, ( value / max ) * width )
					: 0,
			height: rowHeight * 0.7,
		};
	} );
}

/**
 * Which day labels to print under a chart of `count` days: every nth, so at
 * most `most` labels show (the first and last always do).
 */
export function labelledIndexes( count: number, most = 8 ): Set< number > {
	const shown = new Set< number >();
	if ( count <= 0 ) {
		return shown;
	}
	const every = Math.max( 1, Math.ceil( count / most ) );
	for ( let index = 0; index < count; index += every ) {
		shown.add( index );
	}
	shown.add( count - 1 );
	return shown;
}
