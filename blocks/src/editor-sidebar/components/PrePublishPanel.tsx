/**
 * WordPress dependencies
 */
import { PluginPrePublishPanel } from '@wordpress/editor';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useLiveScore } from './Igny8Sidebar';
import { ScoreBadge } from './ScorePanel';

/** The IGNY8 check before publishing: the score and what still fails. */
export function PrePublishPanel() {
	return (
		<PluginPrePublishPanel
			className="igny8-prepublish"
			title={ __( 'IGNY8 optimisation', 'igny8' ) }
			initialOpen
		>
			<PrePublishSummary />
		</PluginPrePublishPanel>
	);
}

/** Rendered only while the pre-publish check is shown. */
function PrePublishSummary() {
	const { result } = useLiveScore();
	const failing = ( result?.checks ?? [] ).filter(
		( check ) => check.status !== 'good'
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
							__(
								'%d checks do not pass yet. You can still publish.',
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
								key={ check.id }
								className={ `igny8-check igny8-check--${ check.status }` }
								data-check={ check.id }
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
