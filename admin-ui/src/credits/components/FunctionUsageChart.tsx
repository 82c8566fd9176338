/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { horizontalBars } from '../chart';
import { functionLabel } from '../labels';
import { formatNumber } from '../../shared/format';
import type { Usage } from '../types';
import { ChartDataTable } from './ChartDataTable';

const WIDTH = 640;
const LABEL = 140;
const VALUE = 80;
const ROW = 28;

/**
 * Credits per AI function as horizontal SVG bars, with the same numbers in a
 * table for screen readers and anyone who prefers it.
 */
export function FunctionUsageChart( { usage }: { usage: Usage } ) {
	const rows = usage.per_function;
	if ( rows.length === 0 ) {
		return null;
	}
	const bars = horizontalBars(
		rows.map( ( row ) => ( { key: row.function, value: row.credits } ) ),
		WIDTH - LABEL - VALUE,
		ROW
	);
	const height = rows.length * ROW;

	return (
		<figure className="igny8-chart">
			<svg
				className="igny8-chart__svg"
				viewBox={ `0 0 ${ WIDTH } ${ height }` }
				role="img"
				aria-labelledby="igny8-function-chart-title"
			>
				<title id="igny8-function-chart-title">
					{ __( 'Credits used per AI function', 'igny8' ) }
				</title>
				{ bars.map( ( bar ) => (
					<g key={ bar.key } transform={ `translate(0 ${ bar.y })` }>
						<text
							className="igny8-chart__label"
							x={ LABEL - 8 }
							y={ ROW * 0.5 }
							textAnchor="end"
						>
							{ functionLabel( bar.key ) }
						</text>
						<rect
							className="igny8-chart__bar"
							x={ LABEL }
							y={ ( ROW - bar.height ) / 2 }
							width={ bar.width }
							height={ bar.height }
						>
							<title>
								{ sprintf(
									/* translators: 1: AI function, 2: credits. */
									_n(
										'%1$s: %2$s credit',
										'%1$s: %2$s credits',
										bar.value,
										'igny8'
									),
									functionLabel( bar.key ),
									formatNumber( bar.value )
								) }
							</title>
						</rect>
						<text
							className="igny8-chart__label"
							x={ LABEL + bar.width + 6 }
							y={ ROW * 0.5 }
						>
							{ formatNumber( bar.value ) }
						</text>
					</g>
				) ) }
			</svg>
			<ChartDataTable
				caption={ __( 'Credits used per AI function', 'igny8' ) }
				headings={ [
					__( 'AI function', 'igny8' ),
					__( 'Credits', 'igny8' ),
					__( 'Jobs', 'igny8' ),
					__( 'Tokens (in / out)', 'igny8' ),
				] }
				rows={ rows.map( ( row ) => ( {
					key: row.function,
					cells: [
						functionLabel( row.function ),
						formatNumber( row.credits ),
						formatNumber( row.jobs ),
						`${ formatNumber( row.tokens_in ) } / ${ formatNumber( row.tokens_out ) }`,
					],
				} ) ) }
			/>
		</figure>
	);
}
