/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useLiveScore } from '../hooks/use-live-score';
import { checkLines } from '../lib/check-lines';
import { SIDEBAR_AREA } from '../lib/sidebar-name';
import { ScoreBadge } from './ScorePanel';

/** Rendered only while the panel is shown, so a closed panel computes nothing. */
export default function DocumentSummary() {
	const { result } = useLiveScore();
	const { openGeneralSidebar } = useDispatch(
		'core/edit-post'
	) as unknown as { openGeneralSidebar: ( name: string ) => void };
	// Counted as the sidebar lists them: with no keyword, its five checks are one problem.
	const problems = checkLines(
		( result?.checks ?? [] ).filter(
			( check ) => check.status === 'problem'
		)
	).length;
	return (
		<>
			<ScoreBadge score={ result?.score ?? null } />
			{ result && (
				<p>
					{ sprintf(
						/* translators: %d: number of checks with a problem */
						_n(
							'%d check needs attention.',
							'%d checks need attention.',
							problems,
							'igny8'
						),
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
