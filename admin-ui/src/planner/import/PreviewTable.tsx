/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ImportSession } from './types';

/** The file's first rows as read with the current mapping; rejected rows say why. */
export function PreviewTable( { session }: { session: ImportSession } ) {
	if ( session.preview.length === 0 ) {
		return (
			<p className="igny8-help">
				{ __( 'The file has no rows after its header.', 'igny8' ) }
			</p>
		);
	}
	const width = Math.max(
		session.columns.length,
		...session.preview.map( ( line ) => line.fields.length )
	);
	return (
		<div className="igny8-import__preview">
			<table>
				<caption className="screen-reader-text">
					{ __( 'First rows of the file', 'igny8' ) }
				</caption>
				<thead>
					<tr>
						{ Array.from( { length: width }, ( _, index ) => (
							<th key={ index } scope="col">
								{ session.columns[ index ] ?? '' }
							</th>
						) ) }
						<th scope="col">{ __( 'Will import as', 'igny8' ) }</th>
					</tr>
				</thead>
				<tbody>
					{ session.preview.map( ( line, row ) => (
						<tr
							key={ row }
							className={ line.error ? 'is-rejected' : undefined }
						>
							{ Array.from( { length: width }, ( _, index ) => (
								<td key={ index }>
									{ line.fields[ index ] ?? '' }
								</td>
							) ) }
							<td>
								{ line.error
									? `${ __( 'Rejected:', 'igny8' ) } ${ line.error }`
									: String( line.row?.keyword ?? '' ) }
							</td>
						</tr>
					) ) }
				</tbody>
			</table>
		</div>
	);
}
