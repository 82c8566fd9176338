/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { AddKeywordModal } from '../../planner/components/AddKeywordModal';
import { ImportModal } from '../../planner/import/ImportModal';
import { useSectorOptions } from '../../planner/use-sectors';
import { formatNumber } from '../../shared/format';
import type { Keyword } from '../../shared/store/types';
import { useCollection } from '../../shared/use-collection';

const COUNT_QUERY = { per_page: 1 };

/**
 * Import a CSV of keywords or add them one by one, with the Planner's own
 * forms; the count shows what the site has so far.
 */
export function KeywordsStep( {
	restRoot,
	nonce,
	settingsUrl,
	plannerUrl,
}: {
	restRoot: string;
	nonce: string;
	settingsUrl: string;
	plannerUrl: string;
} ) {
	const [ open, setOpen ] = useState< 'import' | 'add' | null >( null );
	const keywords = useCollection< Keyword >( 'keywords', COUNT_QUERY );
	const sectors = useSectorOptions();

	return (
		<div className="igny8-setup-keywords">
			<p className="igny8-help">
				{ __(
					'Keywords are where the content plan starts: IGNY8 groups them into topic clusters, then suggests articles for each. Import a CSV (from Ahrefs, Semrush, Google Keyword Planner or your own sheet) or type a few.',
					'igny8'
				) }
			</p>
			<p className="igny8-setup-count" role="status">
				{ sprintf(
					/* translators: %s: number of keywords. */
					_n(
						'This site has %s keyword.',
						'This site has %s keywords.',
						keywords.total,
						'igny8'
					),
					formatNumber( keywords.total )
				) }
			</p>
			<div className="igny8-actions">
				<Button
					__next40pxDefaultSize
					variant="secondary"
					onClick={ () => setOpen( 'import' ) }
				>
					{ __( 'Import CSV', 'igny8' ) }
				</Button>
				<Button
					__next40pxDefaultSize
					variant="secondary"
					onClick={ () => setOpen( 'add' ) }
				>
					{ __( 'Add keyword', 'igny8' ) }
				</Button>
				<Button variant="link" href={ plannerUrl }>
					{ __( 'Open the Planner', 'igny8' ) }
				</Button>
			</div>
			{ open === 'import' && (
				<ImportModal
					restRoot={ restRoot }
					nonce={ nonce }
					onClose={ () => setOpen( null ) }
				/>
			) }
			{ open === 'add' && (
				<AddKeywordModal
					sectors={ sectors }
					clusters={ [
						{ value: 0, label: __( 'No cluster', 'igny8' ) },
					] }
					settingsUrl={ settingsUrl }
					onClose={ () => setOpen( null ) }
				/>
			) }
		</div>
	);
}
