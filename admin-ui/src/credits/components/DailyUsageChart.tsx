/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	fillDays,
	labelledIndexes,
	niceCeiling,
	ticks,
	verticalBars,
} from '../chart';
import { formatNumber } from '../../shared/format';
import type { Usage } from '../types';
import { ChartDataTable } from './ChartDataTable';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 44;
const BOTTOM = 24;
const TOP = 8;

/**
 * Credits used per day as an SVG bar chart. The SVG is one labelled image for
 * screen readers; the same numbers are in the data table under it.
 */
export function DailyUsageChart( { usage }: { usage: Usage } ) {
	const days = fillDays( usage.per_day, usage.from, usage.to );
	const max = niceCeiling(
		Math.max( 0, ...days.map( ( day ) => day.credits ) )
	);
	const plotWidth = WIDTH - LEFT;
	const plotHeight = HEIGHT - BOTTOM - TOP;
	const bars = verticalBars(
		days.map( ( day ) => ( { key: day.date, value: day.credits } ) ),
		plotWidth,
		plotHeight,
		max
	);
	const shown = labelledIndexes( days.length, 6 );
	const summary = sprintf(
		/* translators: 1: credits used, 2: number of days, 3: first date, 4: last date. */
		_n(
			'%1$s credit used in %2$d days, from %3$s to %4$s.',
			'%1$s credits used in %2$d days, from %3$s to %4$s.',
			usage.totals.credits,
			'igny8'
		),
		formatNumber( usage.totals.credits ),
		days.length,
		usage.from,
		usage.to
	);

	return (
		<figure className="igny8-chart">
			<svg
				className="igny8-chart__svg"
				viewBox={ `0 0 ${ WIDTH } ${ HEIGHT }` }
				role="img"
				aria-labelledby="igny8-daily-chart-title igny8-daily-chart-desc"
				preserveAspectRatio="none"
			>
				<title id="igny8-daily-chart-title">
					{ __( 'Credits used per day', 'igny8' ) }
				</title>
				<desc id="igny8-daily-chart-desc">{ summary }</desc>
				{ ticks( max ).map( ( tick ) => {
					const y = TOP + plotHeight - ( tick / max ) * plotHeight;
					return (
						<g key={ tick } className="igny8-chart__tick">
							<line x1={ LEFT } x2={ WIDTH } y1={ y } y2={ y } />
							<text x={ LEFT - 6 } y={ y + 4 } textAnchor="end">
								{ formatNumber( tick ) }
							</text>
						</g>
					);
				} ) }
				<g transform={ `translate(${ LEFT } ${ TOP })` }>
					{ bars.map( ( bar, index ) => (
						<g key={ bar.key }>
							<rect
								className="igny8-chart__bar"
								x={ bar.x }
								y={ bar.y }
								width={ bar.width }
								height={ bar.height }
							>
								<title>
									{ sprintf(
										/* translators: 1: date, 2: credits. */
										_n(
											'%1$s: %2$s credit',
											'%1$s: %2$s credits',
											bar.value,
											'igny8'
										),
										bar.key,
										formatNumber( bar.value )
									) }
								</title>
							</rect>
							{ shown.has( index ) && (
								<text
									className="igny8-chart__label"
									x={ bar.x + bar.width / 2 }
									y={ plotHeight + 16 }
									textAnchor="middle"
								>
									{ bar.key.slice( 5 ) }
								</text>
							) }
						</g>
					) ) }
				</g>
			</svg>
			<figcaption className="igny8-help">{ summary }</figcaption>
			<ChartDataTable
				caption={ __( 'Credits used per day', 'igny8' ) }
				headings={ [
					__( 'Date', 'igny8' ),
					__( 'Credits', 'igny8' ),
					__( 'Jobs', 'igny8' ),
				] }
				rows={ days.map( ( day ) => ( {
					key: day.date,
					cells: [
						day.date,
						formatNumber( day.credits ),
						formatNumber(
							usage.per_day.find(
								( row ) => row.date === day.date
							)?.jobs ?? 0
						),
					],
				} ) ) }
			/>
		</figure>
	);
}
