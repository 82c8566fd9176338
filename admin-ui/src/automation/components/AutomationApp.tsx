/**
 * The Automation screen: rules with edit, dry run, run now, pause/resume and delete; the run log of the
 * selected rule (the first one until another is chosen).
 *
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import { useCollection } from '../../shared/use-collection';
import { ruleAction, setPaused } from '../api';
import type { AutomationState, Rule, RuleFields, Run } from '../types';
import { RuleForm } from './RuleForm';
import { FIRST_RULES_QUERY, RulesTable, type RuleAct } from './RulesTable';
import { RunLog } from './RunLog';

export function AutomationApp( { state }: { state: AutomationState } ) {
	const notices = useScreenNotices();
	const { createItem, deleteItems, invalidateCollection, saveItem } =
		useDispatch( store );
	// The table's first page, read once for both: the first rule is selected by default.
	const { items: firstRules } = useCollection< Rule >(
		'automation_rules',
		FIRST_RULES_QUERY
	);
	const [ creating, setCreating ] = useState( false );
	const [ editing, setEditing ] = useState< Rule | null >( null );
	const [ chosen, setChosen ] = useState< Rule | null | undefined >();
	const [ busy, setBusy ] = useState< string | null >( null );
	const rule = chosen === undefined ? ( firstRules[ 0 ] ?? null ) : chosen;

	const announceRun = ( run: Run ) =>
		notices.show( {
			status: [ 'failed', 'stopped', 'capped' ].includes( run.status )
				? 'warning'
				: 'success',
			message: run.dry_run
				? sprintf(
						/* translators: 1: summary, 2: credits */
						_n(
							'Dry run: %1$s Estimated cost: %2$d credit.',
							'Dry run: %1$s Estimated cost: %2$d credits.',
							run.credits_estimated,
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
			nextStep:
				run.status === 'waiting'
					? __(
							'The articles are being written. The run log below follows them until they are published or held at the quality gate.',
							'igny8'
						)
					: __( 'Every step is in the run log below.', 'igny8' ),
		} );

	const steps: Record<
		Exclude< RuleAct, 'edit' >,
		( r: Rule ) => Promise< void >
	> = {
		'dry-run': async ( r ) => {
			setChosen( r );
			announceRun( await ruleAction( r.id, 'dry-run' ) );
		},
		run: async ( r ) => {
			setChosen( r );
			announceRun( await ruleAction( r.id, 'run' ) );
		},
		toggle: async ( r ) => {
			await setPaused( r.id, 'active' === r.status );
			notices.snackbar(
				'active' === r.status
					? __( 'Rule paused.', 'igny8' )
					: __( 'Rule resumed.', 'igny8' )
			);
		},
		delete: async ( r ) => {
			await deleteItems( 'automation_rules', [ r.id ] );
			// The log shown goes with its rule; the first rule's shows instead.
			if ( rule?.id === r.id ) {
				setChosen( undefined );
			}
		},
	};

	const act = async ( name: RuleAct, r: Rule ) => {
		if ( name === 'edit' ) {
			setEditing( r );
			return;
		}
		if (
			name === 'delete' &&
			// eslint-disable-next-line no-alert -- a blocking yes/no before a delete that has no Undo; the shared ConfirmDialog is for table rows with Undo.
			! window.confirm(
				sprintf(
					/* translators: %s: rule name */
					__(
						'Delete the rule “%s”? Its run log goes too.',
						'igny8'
					),
					r.name
				)
			)
		) {
			return;
		}
		setBusy( `${ name }-${ r.id }` );
		try {
			await steps[ name as Exclude< RuleAct, 'edit' > ]( r );
			invalidateCollection( 'automation_rules' );
			invalidateCollection( 'automation_runs' );
		} catch ( error ) {
			notices.showError( error, {
				settingsUrl: state.settingsUrl ?? undefined,
			} );
		} finally {
			setBusy( null );
		}
	};

	/** Creates the rule; a refusal is rethrown for the form, which keeps what was typed. */
	const create = async ( fields: RuleFields ) => {
		const created = ( await createItem(
			'automation_rules',
			fields as unknown as Record< string, unknown >
		) ) as unknown as Rule;
		setCreating( false );
		setChosen( created );
		notices.snackbar(
			__(
				'Rule created. Try a dry run to see what it would do and cost.',
				'igny8'
			)
		);
	};

	/** Saves the edited rule (PATCH, validated like a new one); a refusal goes back to the form. */
	const save = async ( fields: RuleFields ) => {
		if ( ! editing ) {
			return;
		}
		const saved = ( await saveItem(
			'automation_rules',
			editing.id,
			fields as unknown as Record< string, unknown >
		) ) as unknown as Rule;
		setEditing( null );
		if ( rule?.id === saved.id ) {
			setChosen( saved );
		}
		invalidateCollection( 'automation_rules' );
		notices.snackbar(
			sprintf(
				/* translators: %s: rule name */
				__( 'Rule “%s” saved.', 'igny8' ),
				saved.name
			)
		);
	};

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
			<RulesTable
				selectedId={ rule?.id ?? null }
				canManage={ state.canManage }
				busy={ busy }
				onSelect={ setChosen }
				onAct={ act }
			/>
			{ rule && <RunLog rule={ rule } /> }
			{ creating && (
				<RuleForm
					state={ state }
					onClose={ () => setCreating( false ) }
					onSubmit={ create }
				/>
			) }
			{ editing && (
				<RuleForm
					key={ editing.id }
					state={ state }
					rule={ editing }
					onClose={ () => setEditing( null ) }
					onSubmit={ save }
				/>
			) }
		</div>
	);
}
