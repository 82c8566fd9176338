/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useLiveScore } from '../hooks/use-live-score';
import { SIDEBAR_AREA } from '../lib/sidebar-name';
import { ScoreBadge } from './ScorePanel';

/** Rendered only while the panel is shown, so a closed panel computes nothing. */
export default function DocumentSummary() {
	const { result } = useLiveScore();
	const { openGeneralSidebar } = useDispatch(
		'core/edit-post'
	) as unknown as { openGeneralSidebar: ( name: string ) => void };
	const problems =
		result?.checks.filter( ( check ) => check.status === 'problem' )
			.length ?? 0;
	return (
		<>
			<ScoreBadge score={ result?.score ?? null } />
			{ result && (
				<p>
					{ sprintf(
						/* translators: %d: number of checks with a problem */
						__( '%d checks need attention.', 'igny8' ),
						problems
					) }
				</p>
			) }
			<Button
				variant="secondary"
				onClick={ () => openGeneralSidebar( SIDEBAR_AREA ) }
			>
				{ __( 'Open the IGNY8 sidebar', 'igny8' ) }
			</Button>
		</>
	);
}
