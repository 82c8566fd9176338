/** @jsxImportSource hono/jsx */
/**
 * A bar chart drawn as SVG on the server (no script, no chart library): one bar per day, all
 * bars one path (a 90-day chart stays a few KB), the largest value and the first/last dates
 * labelled. role="img" with a title and a description; the numbers themselves are in the
 * table next to it, for screen readers and for anyone who wants a day's figure.
 */
import { num } from './format';

export interface Point {
	label: string;
	value: number;
}

const WIDTH = 600;
const HEIGHT = 160;
const PAD_LEFT = 44;
const PAD_BOTTOM = 18;

/** One closed sub-path per bar with a value ("M x bottom v -height h width v height z"); empty days draw nothing. */
export function barsPath( points: Point[], max: number, plotHeight: number ): string {
	const step = ( WIDTH - PAD_LEFT ) / Math.max( 1, points.length );
	const barWidth = Math.max( 1, step * 0.7 ).toFixed( 1 );
	const bottom = 6 + plotHeight;
	return points
		.map( ( point, index ) => {
			const height = ( point.value / max ) * plotHeight;
			return height > 0 ? `M${ ( PAD_LEFT + index * step + ( step * 0.3 ) / 2 ).toFixed( 1 ) } ${ bottom }v-${ height.toFixed( 1 ) }h${ barWidth }v${ height.toFixed( 1 ) }z` : '';
		} )
		.join( '' );
}

export function BarChart( props: { id: string; title: string; points: Point[]; unit: string } ) {
	const { points } = props;
	const max = Math.max( 1, ...points.map( ( point ) => point.value ) );
	const plotHeight = HEIGHT - PAD_BOTTOM - 6;
	const total = points.reduce( ( sum, point ) => sum + point.value, 0 );
	const first = points[ 0 ]?.label ?? '';
	const last = points[ points.length - 1 ]?.label ?? '';
	return (
		<figure class="chart">
			<svg viewBox={ `0 0 ${ WIDTH } ${ HEIGHT }` } role="img" aria-labelledby={ `${ props.id }-t ${ props.id }-d` } preserveAspectRatio="none">
				<title id={ `${ props.id }-t` }>{ props.title }</title>
				<desc id={ `${ props.id }-d` }>{ `${ num( total ) } ${ props.unit } from ${ first } to ${ last }; at most ${ num( max ) } in a day.` }</desc>
				<line x1={ PAD_LEFT } y1={ 6 } x2={ WIDTH } y2={ 6 } class="grid" />
				<line x1={ PAD_LEFT } y1={ 6 + plotHeight } x2={ WIDTH } y2={ 6 + plotHeight } class="axis" />
				<text x={ PAD_LEFT - 4 } y={ 12 } text-anchor="end">{ num( max ) }</text>
				<text x={ PAD_LEFT - 4 } y={ 6 + plotHeight } text-anchor="end">0</text>
				<path class="bars" d={ barsPath( points, max, plotHeight ) } />
				<text x={ PAD_LEFT } y={ HEIGHT - 4 }>{ first }</text>
				<text x={ WIDTH } y={ HEIGHT - 4 } text-anchor="end">{ last }</text>
			</svg>
			<figcaption>{ props.title }</figcaption>
		</figure>
	);
}

/** Every day from `from` to `to` (YYYY-MM-DD, UTC) with the value of the day or 0. */
export function dailySeries<T extends { date: string | null }>( from: string, to: string, rows: T[], value: ( row: T ) => number ): Point[] {
	const byDate = new Map( rows.map( ( row ) => [ row.date, row ] ) );
	const points: Point[] = [];
	for ( let day = Date.parse( `${ from }T00:00:00Z` ); day <= Date.parse( `${ to }T00:00:00Z` ); day += 86_400_000 ) {
		const label = new Date( day ).toISOString().slice( 0, 10 );
		const row = byDate.get( label );
		points.push( { label, value: row ? value( row ) : 0 } );
	}
	return points;
}
