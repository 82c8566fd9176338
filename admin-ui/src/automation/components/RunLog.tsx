/**
 * The runs of a rule, newest first, each with every step's result.
 *
 * WordPress dependencies
 */
import { Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useScreenNotices } from '../../shared/screen-notices';
import { getRun, getRuns } from '../api';
import type { Rule, Run } from '../types';

export function RunLog( { rule, version }: { rule: Rule; version: number } ) {
	const notices = useScreenNotices();
	const [ runs, setRuns ] = useState< Run[] | null >( null );

	useEffect( () => {
		getRuns( rule.id )
			.then( ( list ) =>
				Promise.all(
					list.slice( 0, 10 ).map( ( run ) => getRun( run.id ) )
				)
			)
			.then( setRuns )
			.catch( ( error ) => notices.showError( error ) );
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ rule.id, version ] );

	return (
		<section className="igny8-runs" aria-live="polite">
			<h2>
				{ sprintf(
					/* translators: %s: rule name */
					__( 'Runs of “%s”', 'igny8' ),
					rule.name
				) }
			</h2>
			{ ! runs && <Spinner /> }
			{ runs && runs.length === 0 && (
				<p>
					{ __(
						'This rule has not run yet. Try a dry run.',
						'igny8'
					) }
				</p>
			) }
			{ runs && runs.length > 0 && (
				<table className="widefat striped igny8-run-log">
					<caption className="screen-reader-text">
						{ __( 'Run log', 'igny8' ) }
					</caption>
					<thead>
						<tr>
							<th scope="col">
								{ __( 'Started (UTC)', 'igny8' ) }
							</th>
							<th scope="col">{ __( 'Status', 'igny8' ) }</th>
							<th scope="col">{ __( 'Credits', 'igny8' ) }</th>
							<th scope="col">{ __( 'Steps', 'igny8' ) }</th>
						</tr>
					</thead>
					<tbody>
						{ runs.map( ( run ) => (
							<tr key={ run.id }>
								<td>{ run.started_at }</td>
								<td>
									{ run.dry_run
										? __( 'dry run', 'igny8' )
										: run.status }
									{ run.summary &&
										run.summary !== 'stopped' && (
											<>
												<br />
												<small>{ run.summary }</small>
											</>
										) }
								</td>
								<td>
									{ run.dry_run
										? sprintf(
												/* translators: %d: credits */
												__( 'would cost ~%d', 'igny8' ),
												run.credits_estimated
											)
										: run.credits_charged }
								</td>
								<td>
									<ul className="igny8-steps">
										{ ( run.steps ?? [] ).map( ( step ) => (
											<li
												key={ step.id }
												className={ `is-${ step.status }` }
											>
												<strong>{ step.step }</strong> (
												{ step.status }):{ ' ' }
												{ step.message }
											</li>
										) ) }
									</ul>
								</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
		</section>
	);
}
