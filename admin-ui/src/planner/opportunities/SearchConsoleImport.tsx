/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import { importSearchConsole, reportMessage } from './api';

/** Notice slot of the import's outcome (one at a time). */
const NOTICE_ID = 'igny8-search-console-import';

/**
 * Uploads a Search Console performance export (query and page columns). The chosen file stays
 * chosen when the server refuses it, with the reason and what to export instead.
 */
export function SearchConsoleImport() {
	const [ file, setFile ] = useState< File | null >( null );
	const [ busy, setBusy ] = useState( false );
	const notices = useScreenNotices();
	const { invalidateCollection } = useDispatch( store );

	const upload = async () => {
		if ( ! file ) {
			notices.set( NOTICE_ID, {
				status: 'error',
				message: __( 'Choose a Search Console export first.', 'igny8' ),
			} );
			return;
		}
		setBusy( true );
		try {
			const report = await importSearchConsole( file );
			notices.set( NOTICE_ID, {
				status: report.failed > 0 ? 'warning' : 'success',
				message: reportMessage( report ),
			} );
			invalidateCollection( 'search_queries' );
		} catch ( error ) {
			notices.showError( error, undefined, NOTICE_ID );
		} finally {
			setBusy( false );
		}
	};

	return (
		<form
			className="igny8-toolbar igny8-opportunities__import"
			onSubmit={ ( event ) => {
				event.preventDefault();
				upload();
			} }
		>
			<label htmlFor="igny8-search-console-file">
				{ __( 'Search Console export (CSV)', 'igny8' ) }
			</label>
			<input
				id="igny8-search-console-file"
				type="file"
				accept=".csv,.tsv,.txt,.xlsx,text/csv"
				aria-describedby="igny8-search-console-help"
				onChange={ ( event ) =>
					setFile( event.target.files?.[ 0 ] ?? null )
				}
			/>
			<Button
				variant="secondary"
				type="submit"
				isBusy={ busy }
				disabled={ busy }
				accessibleWhenDisabled
			>
				{ __( 'Import queries', 'igny8' ) }
			</Button>
			<p id="igny8-search-console-help" className="description">
				{ __(
					'The performance report by query and page: query, page, clicks, impressions, CTR and position columns (Search Console API, Looker Studio or Search Analytics for Sheets). A new import replaces the previous one.',
					'igny8'
				) }
			</p>
		</form>
	);
}
