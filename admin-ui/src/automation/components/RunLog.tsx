/**
 * The runs of a rule, newest first, each with every step's result: the store's
 * `automation_runs`, one page of runs and their steps in one request.
 *
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { useMemo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import { tableView, type QueryMapping } from '../../shared/dataviews-query';
import type { Rule, Run } from '../types';

const DEFAULT_VIEW = tableView( {
	perPage: 10,
	fields: [ 'status', 'credits', 'steps' ],
	titleField: 'started_at',
} );

/** A run waiting for its articles moves on in the background (WP-Cron): the log follows it until it ends. */
const stillRunning = ( runs: Run[] ) =>
	runs.some(
		( run ) => run.status === 'running' || run.status === 'waiting'
	);

const FIELDS: Field< Run >[] = [
	{
		id: 'started_at',
		label: __( 'Started (UTC)', 'igny8' ),
		enableHiding: false,
		enableSorting: false,
		getValue: ( { item } ) => item.started_at,
	},
	{
		id: 'status',
		label: __( 'Status', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => (
			<>
				{ item.dry_run ? __( 'dry run', 'igny8' ) : item.status }
				{ item.summary && item.summary !== 'stopped' && (
					<>
						<br />
						<small>{ item.summary }</small>
					</>
				) }
			</>
		),
	},
	{
		id: 'credits',
		label: __( 'Credits', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => (
			<>
				{ item.dry_run
					? sprintf(
							/* translators: %d: credits */
							__( 'would cost ~%d', 'igny8' ),
							item.credits_estimated
						)
					: item.credits_charged }
			</>
		),
	},
	{
		id: 'steps',
		label: __( 'Steps', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => (
			<ul className="igny8-steps">
				{ ( item.steps ?? [] ).map( ( step ) => (
					<li key={ step.id } className={ `is-${ step.status }` }>
						<strong>{ step.step }</strong> ({ step.status }):{ ' ' }
						{ step.message }
					</li>
				) ) }
			</ul>
		),
	},
];

export function RunLog( { rule }: { rule: Rule } ) {
	const mapping = useMemo< QueryMapping >(
		() => ( { fixed: { rule_id: rule.id, steps: true } } ),
		[ rule.id ]
	);
	return (
		<section className="igny8-runs" aria-live="polite">
			<h2>
				{ sprintf(
					/* translators: %s: rule name */
					__( 'Runs of “%s”', 'igny8' ),
					rule.name
				) }
			</h2>
			<div className="igny8-run-log">
				<CollectionTable< Run >
					// A new table per rule: another rule's log starts on its first page.
					key={ rule.id }
					name="automation_runs"
					fields={ FIELDS }
					mapping={ mapping }
					defaultView={ DEFAULT_VIEW }
					searchable={ false }
					refreshWhile={ stillRunning }
					empty={
						<p>
							{ __(
								'This rule has not run yet. Try a dry run.',
								'igny8'
							) }
						</p>
					}
				/>
			</div>
		</section>
	);
}
