/**
 * WordPress dependencies
 */
import { Button, PanelBody } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ScoreCheck, ScoreResult } from '../../score/types';
import { useScore, type ScoreInputs } from '../hooks/use-score';
import { checkLines } from '../lib/check-lines';
import { BLOCK_EDITOR, type BlockEditorActions } from '../lib/stores';

const STATUS_LABEL: Record< ScoreCheck[ 'status' ], string > = {
	good: __( 'Good', 'igny8' ),
	improve: __( 'Improve', 'igny8' ),
	problem: __( 'Problem', 'igny8' ),
};

/** The score's colour band. */
export function scoreBand( score: number ): 'good' | 'improve' | 'problem' {
	if ( score >= 80 ) {
		return 'good';
	}
	return score >= 50 ? 'improve' : 'problem';
}

/** The score badge (also used in the document settings panel). */
export function ScoreBadge( { score }: { score: number | null } ) {
	return (
		<div
			className={ `igny8-score igny8-score--${ score === null ? 'pending' : scoreBand( score ) }` }
			role="meter"
			aria-valuemin={ 0 }
			aria-valuemax={ 100 }
			aria-valuenow={ score ?? 0 }
			aria-label={ __( 'Optimisation score', 'igny8' ) }
		>
			<span className="igny8-score__value" data-testid="igny8-score">
				{ score === null ? '…' : score }
			</span>
			<span className="igny8-score__max">/100</span>
		</div>
	);
}

/**
 * The score and its checks (one line for checks that say the same); a check with a block
 * selects that block when clicked.
 */
export function ScorePanel( { result }: { result: ScoreResult | null } ) {
	const { selectBlock } = useDispatch(
		BLOCK_EDITOR
	) as unknown as BlockEditorActions;
	const order = { problem: 0, improve: 1, good: 2 };
	const lines = checkLines(
		[ ...( result?.checks ?? [] ) ].sort(
			( a, b ) => order[ a.status ] - order[ b.status ]
		)
	);
	return (
		<PanelBody title={ __( 'Optimisation score', 'igny8' ) } initialOpen>
			<ScoreBadge score={ result?.score ?? null } />
			{ result && (
				<p className="igny8-score__stats">
					{ sprintf(
						/* translators: 1: words, 2: Flesch reading ease, 3: keyword density percent */
						__(
							'%1$d words · reading ease %2$s · keyword density %3$s%%',
							'igny8'
						),
						result.stats.words,
						result.stats.fleschReadingEase.toFixed( 0 ),
						result.stats.keywordDensity.toFixed( 2 )
					) }
				</p>
			) }
			<ul className="igny8-checks" aria-label={ __( 'Checks', 'igny8' ) }>
				{ lines.map( ( check ) => (
					<li
						key={ check.ids.join( ' ' ) }
						className={ `igny8-check igny8-check--${ check.status }` }
						data-check={ check.ids.join( ' ' ) }
						data-status={ check.status }
					>
						<span className="igny8-check__status">
							{ STATUS_LABEL[ check.status ] }
						</span>
						{ check.blockId ? (
							<Button
								variant="link"
								className="igny8-check__message"
								onClick={ () =>
									selectBlock( check.blockId as string )
								}
								aria-label={ sprintf(
									/* translators: %s: the check's message */
									__(
										'%s Select the block concerned.',
										'igny8'
									),
									check.message
								) }
							>
								{ check.message }
							</Button>
						) : (
							<span className="igny8-check__message">
								{ check.message }
							</span>
						) }
					</li>
				) ) }
			</ul>
		</PanelBody>
	);
}

/** The score panel scoring the post itself: a new score re-renders this panel, not the sidebar. */
export function LiveScorePanel( {
	inputs,
	ready,
}: {
	inputs: ScoreInputs;
	ready: boolean;
} ) {
	return <ScorePanel result={ useScore( inputs, ready ) } />;
}
