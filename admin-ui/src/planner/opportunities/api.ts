/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { SearchConsoleReport } from './types';

/** Uploads a Search Console export (multipart "file"); it replaces the previous import. */
export function importSearchConsole(
	file: File
): Promise< SearchConsoleReport > {
	const body = new FormData();
	body.append( 'file', file, file.name );
	return apiFetch< SearchConsoleReport >( {
		path: '/igny8/v1/planner/opportunities/queries/import',
		method: 'POST',
		body,
	} );
}

/** What an import did, in one sentence, then the first rejected rows with their lines. */
export function reportMessage( report: SearchConsoleReport ): string {
	const counts = sprintf(
		/* translators: 1: rows imported, 2: rows whose page is one of the site's posts, 3: rows rejected */
		_n(
			'Imported %1$d query row (%2$d matched to a post, %3$d rejected).',
			'Imported %1$d query rows (%2$d matched to a post, %3$d rejected).',
			report.imported,
			'igny8'
		),
		report.imported,
		report.matched,
		report.failed
	);
	const lines = report.errors.map( ( error ) =>
		sprintf(
			/* translators: 1: line number in the file, 2: why the row was rejected */
			__( 'Line %1$d: %2$s', 'igny8' ),
			error.line,
			error.reason
		)
	);
	return [ counts, ...lines ].join( ' ' );
}
