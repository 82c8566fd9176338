/**
 * The automation rules: the store's `automation_rules` collection in a DataViews table. The rule's
 * name selects it (its run log shows below); its buttons edit, dry-run, run, pause/resume and delete it.
 *
 * External dependencies
 */
import type { Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import {
	tableView,
	viewToQuery,
	type QueryMapping,
} from '../../shared/dataviews-query';
import type { Rule } from '../types';

const MAPPING: QueryMapping = {
	sortable: {
		id: 'id',
		name: 'name',
		status: 'status',
		next_run_at: 'next_run_at',
	},
};

const DEFAULT_VIEW: View = tableView( {
	perPage: 50,
	sort: { field: 'id', direction: 'asc' },
	fields: [ 'status', 'schedule', 'next_run_at', 'credits', 'actions' ],
	titleField: 'name',
} );

/** The query of the table's first view: the screen reads the same page to pick the first rule. */
export const FIRST_RULES_QUERY = viewToQuery( DEFAULT_VIEW, MAPPING );

const dayNames = () => [
	'',
	__( 'Mon', 'igny8' ),
	__( 'Tue', 'igny8' ),
	__( 'Wed', 'igny8' ),
	__( 'Thu', 'igny8' ),
	__( 'Fri', 'igny8' ),
	__( 'Sat', 'igny8' ),
	__( 'Sun', 'igny8' ),
];

export type RuleAct = 'edit' | 'dry-run' | 'run' | 'toggle' | 'delete';

interface Props {
	selectedId: number | null;
	canManage: boolean;
	/** The key of the act running (`dry-run-3`), or null. */
	busy: string | null;
	onSelect: ( rule: Rule ) => void;
	onAct: ( act: RuleAct, rule: Rule ) => void;
}

export function RulesTable( {
	selectedId,
	canManage,
	busy,
	onSelect,
	onAct,
}: Props ) {
	const [ selection, setSelection ] = useState< string[] >( [] );
	const days = dayNames();
	const button = (
		act: RuleAct,
		rule: Rule,
		label: string,
		variant: 'secondary' | 'tertiary' = 'secondary'
	) => (
		<Button
			variant={ variant }
			size="compact"
			isDestructive={ act === 'delete' }
			isBusy={ busy === `${ act }-${ rule.id }` }
			disabled={ busy !== null }
			onClick={ () => onAct( act, rule ) }
		>
			{ label }
		</Button>
	);

	const fields: Field< Rule >[] = [
		{
			id: 'name',
			label: __( 'Rule', 'igny8' ),
			enableHiding: false,
			render: ( { item } ) => (
				<Button
					variant="link"
					onClick={ () => onSelect( item ) }
					aria-current={ item.id === selectedId ? 'true' : undefined }
				>
					{ item.name }
				</Button>
			),
		},
		{
			id: 'status',
			label: __( 'Status', 'igny8' ),
			render: ( { item } ) => (
				<>
					{ 'active' === item.status
						? __( 'Active', 'igny8' )
						: __( 'Paused', 'igny8' ) }
				</>
			),
		},
		{
			id: 'schedule',
			label: __( 'Schedule', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) => (
				<>
					{ item.days.map( ( day ) => days[ day ] ).join( ', ' ) }{ ' ' }
					{ item.run_time }
				</>
			),
		},
		{
			id: 'next_run_at',
			label: __( 'Next run (UTC)', 'igny8' ),
			render: ( { item } ) => <>{ item.next_run_at ?? '—' }</>,
		},
		{
			id: 'credits',
			label: __( 'Credits this month', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) => (
				<>
					{ item.monthly_credit_cap > 0
						? `${ item.credits_this_month } / ${ item.monthly_credit_cap }`
						: item.credits_this_month }
				</>
			),
		},
		{
			id: 'actions',
			label: __( 'Actions', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) =>
				canManage ? (
					<div className="igny8-toolbar">
						{ button( 'edit', item, __( 'Edit', 'igny8' ) ) }
						{ button( 'dry-run', item, __( 'Dry run', 'igny8' ) ) }
						{ button( 'run', item, __( 'Run now', 'igny8' ) ) }
						{ button(
							'toggle',
							item,
							'active' === item.status
								? __( 'Pause', 'igny8' )
								: __( 'Resume', 'igny8' ),
							'tertiary'
						) }
						{ button(
							'delete',
							item,
							__( 'Delete', 'igny8' ),
							'tertiary'
						) }
					</div>
				) : null,
		},
	];

	return (
		<CollectionTable< Rule >
			name="automation_rules"
			fields={ fields }
			mapping={ MAPPING }
			defaultView={ DEFAULT_VIEW }
			selection={ selection }
			onChangeSelection={ setSelection }
			searchLabel={ __( 'Search rules', 'igny8' ) }
			empty={
				<p>
					{ __(
						'No rules yet. A rule writes approved ideas on a schedule, within a monthly credit cap.',
						'igny8'
					) }
				</p>
			}
		/>
	);
}
