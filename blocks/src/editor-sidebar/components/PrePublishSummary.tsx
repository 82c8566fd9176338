/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useLiveScore } from '../hooks/use-live-score';
import { checkLines } from '../lib/check-lines';
import { ScoreBadge } from './ScorePanel';

/** Rendered only while the pre-publish check is shown. */
export default function PrePublishSummary() {
	const { result } = useLiveScore();
	// Counted as listed: with no keyword, its five checks are one thing to fix.
	const failing = checkLines(
		( result?.checks ?? [] ).filter( ( check ) => check.status !== 'good' )
	);
	return (
		<>
			<ScoreBadge score={ result?.score ?? null } />
			{ result && failing.length === 0 && (
				<p>{ __( 'Every IGNY8 check passes.', 'igny8' ) }</p>
			) }
			{ failing.length > 0 && (
				<>
					<p>
						{ sprintf(
							/* translators: %d: number of checks that do not pass */
							_n(
								'%d check does not pass yet. You can still publish.',
								'%d checks do not pass yet. You can still publish.',
								failing.length,
								'igny8'
							),
							failing.length
						) }
					</p>
					<ul
						className="igny8-checks"
						aria-label={ __( 'Checks that do not pass', 'igny8' ) }
					>
						{ failing.map( ( check ) => (
							<li
								key={ check.ids.join( ' ' ) }
								className={ `igny8-check igny8-check--${ check.status }` }
								data-check={ check.ids.join( ' ' ) }
								data-status={ check.status }
							>
								{ check.message }
							</li>
						) ) }
					</ul>
				</>
			) }
		</>
	);
}
