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

/** How often the log is read again while a run is still writing its articles. */
const FOLLOW_MS = 3000;

/** Statuses of a run that is not over yet (its articles are being written or checked). */
const OPEN_STATUSES = [ 'running', 'waiting' ];

export function RunLog( { rule, version }: { rule: Rule; version: number } ) {
	const notices = useScreenNotices();
	const [ runs, setRuns ] = useState< Run[] | null >( null );
	const [ reads, setReads ] = useState( 0 );

	useEffect( () => {
		let current = true;
		getRuns( rule.id )
			.then( ( list ) =>
				Promise.all(
					list.slice( 0, 10 ).map( ( run ) => getRun( run.id ) )
				)
			)
			.then( ( list ) => {
				if ( current ) {
					setRuns( list );
				}
			} )
			.catch( ( error ) => {
				if ( current ) {
					notices.showError( error );
				}
			} );
		return () => {
			current = false;
		};
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ rule.id, version, reads ] );

	// A run that waits for its articles moves on in the background (WP-Cron): follow it until it ends.
	const open = ( runs ?? [] ).some( ( run ) =>
		OPEN_STATUSES.includes( run.status )
	);
	useEffect( () => {
		if ( ! open ) {
			return undefined;
		}
		const timer = window.setTimeout(
			() => setReads( ( n ) => n + 1 ),
			FOLLOW_MS
		);
		return () => window.clearTimeout( timer );
	}, [ open, runs ] );

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
