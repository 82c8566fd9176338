/**
 * The Automation screen: rules with dry run, run now, pause/resume and delete; the run log of the
 * selected rule.
 *
 * WordPress dependencies
 */
import { Button, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import {
	createRule,
	deleteRule,
	getRules,
	ruleAction,
	setPaused,
} from '../api';
import type { AutomationState, Rule, Run } from '../types';
import { RuleForm } from './RuleForm';
import { RunLog } from './RunLog';

const DAY_NAMES = [
	'',
	__( 'Mon', 'igny8' ),
	__( 'Tue', 'igny8' ),
	__( 'Wed', 'igny8' ),
	__( 'Thu', 'igny8' ),
	__( 'Fri', 'igny8' ),
	__( 'Sat', 'igny8' ),
	__( 'Sun', 'igny8' ),
];

export function AutomationApp( { state }: { state: AutomationState } ) {
	const notices = useScreenNotices();
	const [ rules, setRules ] = useState< Rule[] | null >( null );
	const [ creating, setCreating ] = useState( false );
	const [ selected, setSelected ] = useState< number | null >( null );
	const [ busy, setBusy ] = useState< string | null >( null );
	const [ version, setVersion ] = useState( 0 );

	const load = () =>
		getRules()
			.then( ( list ) => {
				setRules( list );
				setSelected( ( current ) => current ?? list[ 0 ]?.id ?? null );
			} )
			.catch( ( error ) => notices.showError( error ) );
	// eslint-disable-next-line react-hooks/exhaustive-deps
	useEffect( () => void load(), [] );

	const act = async ( key: string, step: () => Promise< void > ) => {
		setBusy( key );
		try {
			await step();
			await load();
			setVersion( ( v ) => v + 1 );
		} catch ( error ) {
			notices.showError( error, {
				settingsUrl: state.settingsUrl ?? undefined,
			} );
		} finally {
			setBusy( null );
		}
	};

	const announceRun = ( run: Run ) =>
		notices.show( {
			status: [ 'failed', 'stopped', 'capped' ].includes( run.status )
				? 'warning'
				: 'success',
			message: run.dry_run
				? sprintf(
						/* translators: 1: summary, 2: credits */
						__(
							'Dry run: %1$s Estimated cost: %2$d credits.',
							'igny8'
						),
						run.summary,
						run.credits_estimated
					)
				: sprintf(
						/* translators: 1: status, 2: summary */
						__( 'Run %1$s. %2$s', 'igny8' ),
						run.status,
						run.summary === 'stopped' ? '' : run.summary
					),
			nextStep: __( 'Every step is in the run log below.', 'igny8' ),
		} );

	const rule = rules?.find( ( r ) => r.id === selected ) ?? null;
	return (
		<div className="igny8-automation">
			<ScreenNotices />
			<div className="igny8-toolbar">
				{ state.canManage && (
					<Button
						variant="primary"
						onClick={ () => setCreating( true ) }
					>
						{ __( 'New rule', 'igny8' ) }
					</Button>
				) }
			</div>
			{ ! rules && <Spinner /> }
			{ rules && rules.length === 0 && (
				<p>
					{ __(
						'No rules yet. A rule writes approved ideas on a schedule, within a monthly credit cap.',
						'igny8'
					) }
				</p>
			) }
			{ rules && rules.length > 0 && (
				<table className="widefat striped igny8-rules">
					<caption className="screen-reader-text">
						{ __( 'Automation rules', 'igny8' ) }
					</caption>
					<thead>
						<tr>
							<th scope="col">{ __( 'Rule', 'igny8' ) }</th>
							<th scope="col">{ __( 'Status', 'igny8' ) }</th>
							<th scope="col">{ __( 'Schedule', 'igny8' ) }</th>
							<th scope="col">
								{ __( 'Next run (UTC)', 'igny8' ) }
							</th>
							<th scope="col">
								{ __( 'Credits this month', 'igny8' ) }
							</th>
							<th scope="col">
								<span className="screen-reader-text">
									{ __( 'Actions', 'igny8' ) }
								</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{ rules.map( ( r ) => (
							<tr
								key={ r.id }
								className={
									r.id === selected
										? 'is-selected'
										: undefined
								}
							>
								<td>
									<Button
										variant="link"
										onClick={ () => setSelected( r.id ) }
										aria-current={
											r.id === selected
												? 'true'
												: undefined
										}
									>
										{ r.name }
									</Button>
								</td>
								<td>
									{ 'active' === r.status
										? __( 'Active', 'igny8' )
										: __( 'Paused', 'igny8' ) }
								</td>
								<td>
									{ r.days
										.map( ( d ) => DAY_NAMES[ d ] )
										.join( ', ' ) }{ ' ' }
									{ r.run_time }
								</td>
								<td>{ r.next_run_at ?? '—' }</td>
								<td>
									{ r.monthly_credit_cap > 0
										? `${ r.credits_this_month } / ${ r.monthly_credit_cap }`
										: r.credits_this_month }
								</td>
								<td>
									{ state.canManage && (
										<div className="igny8-toolbar">
											<Button
												variant="secondary"
												size="compact"
												isBusy={
													busy === `dry-${ r.id }`
												}
												disabled={ busy !== null }
												onClick={ () =>
													act(
														`dry-${ r.id }`,
														async () => {
															setSelected( r.id );
															announceRun(
																await ruleAction(
																	r.id,
																	'dry-run'
																)
															);
														}
													)
												}
											>
												{ __( 'Dry run', 'igny8' ) }
											</Button>
											<Button
												variant="secondary"
												size="compact"
												isBusy={
													busy === `run-${ r.id }`
												}
												disabled={ busy !== null }
												onClick={ () =>
													act(
														`run-${ r.id }`,
														async () => {
															setSelected( r.id );
															announceRun(
																await ruleAction(
																	r.id,
																	'run'
																)
															);
														}
													)
												}
											>
												{ __( 'Run now', 'igny8' ) }
											</Button>
											<Button
												variant="tertiary"
												size="compact"
												disabled={ busy !== null }
												onClick={ () =>
													act(
														`pause-${ r.id }`,
														async () => {
															await setPaused(
																r.id,
																'active' ===
																	r.status
															);
															notices.snackbar(
																'active' ===
																	r.status
																	? __(
																			'Rule paused.',
																			'igny8'
																		)
																	: __(
																			'Rule resumed.',
																			'igny8'
																		)
															);
														}
													)
												}
											>
												{ 'active' === r.status
													? __( 'Pause', 'igny8' )
													: __( 'Resume', 'igny8' ) }
											</Button>
											<Button
												variant="tertiary"
												size="compact"
												isDestructive
												disabled={ busy !== null }
												onClick={ () => {
													if (
														// eslint-disable-next-line no-alert -- a blocking yes/no before a delete that has no Undo; the shared ConfirmDialog is for table rows with Undo.
														window.confirm(
															sprintf(
																/* translators: %s: rule name */ __(
																	'Delete the rule “%s”? Its run log goes too.',
																	'igny8'
																),
																r.name
															)
														)
													) {
														void act(
															`delete-${ r.id }`,
															async () => {
																await deleteRule(
																	r.id
																);
																setSelected(
																	null
																);
															}
														);
													}
												} }
											>
												{ __( 'Delete', 'igny8' ) }
											</Button>
										</div>
									) }
								</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
			{ rule && <RunLog rule={ rule } version={ version } /> }
			{ creating && (
				<RuleForm
					state={ state }
					onClose={ () => setCreating( false ) }
					onSubmit={ async ( fields ) => {
						try {
							const created = await createRule( fields );
							setCreating( false );
							setSelected( created.id );
							notices.snackbar(
								__(
									'Rule created. Try a dry run to see what it would do and cost.',
									'igny8'
								)
							);
							await load();
						} catch ( error ) {
							notices.showError( error );
						}
					} }
				/>
			) }
		</div>
	);
}
