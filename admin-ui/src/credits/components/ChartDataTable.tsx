/**
 * The numbers behind a chart, as a table folded under it: the chart's text alternative for
 * screen readers and for anyone who wants exact figures.
 *
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

export interface ChartDataTableProps {
	/** What the table lists, for screen readers. */
	caption: string;
	/** Column headings; the first names the row headings. */
	headings: string[];
	/** One row per bar: the first cell is the row's heading. */
	rows: Array< { key: string; cells: ReactNode[] } >;
}

export function ChartDataTable( {
	caption,
	headings,
	rows,
}: ChartDataTableProps ) {
	return (
		<details className="igny8-chart__data">
			<summary>{ __( 'Show the numbers as a table', 'igny8' ) }</summary>
			<table className="widefat striped">
				<caption className="screen-reader-text">{ caption }</caption>
				<thead>
					<tr>
						{ headings.map( ( heading ) => (
							<th key={ heading } scope="col">
								{ heading }
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ rows.map( ( row ) => (
						<tr key={ row.key }>
							<th scope="row">{ row.cells[ 0 ] }</th>
							{ row.cells.slice( 1 ).map( ( cell, index ) => (
								<td key={ index }>{ cell }</td>
							) ) }
						</tr>
					) ) }
				</tbody>
			</table>
		</details>
	);
}
