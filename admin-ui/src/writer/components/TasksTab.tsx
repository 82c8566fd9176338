/**
 * External dependencies
 */
import {
	DataViews,
	type Action,
	type Field,
	type View,
} from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';
import { useMemo, useState } from '@wordpress/element';

/**
 * Internal dependencies
 */
import { BulkActionBar } from '../../shared/BulkActionBar';
import { resetPageOnChange, viewToQuery } from '../../shared/dataviews-query';
import { errorToNotice } from '../../shared/errors';
import { useJobFlow, type JobSnapshot } from '../../shared/job-flow';
import { ScreenNoticeView } from '../../shared/screen-notices';
import { StrategySelect } from '../../shared/StrategySelect';
import type { Task } from '../../shared/store/types';
import { useCollection } from '../../shared/use-collection';
import { useConfirmDelete } from '../../shared/use-confirm-delete';
import { formatDateTime, formatNumber } from '../../shared/format';
import { postStatusLabel, taskStatusLabel } from '../task-status';
import {
	editPostUrl,
	keywordsText,
	TASKS_MAPPING,
	TASK_STATUSES,
} from '../query';
import { usePostStatuses } from '../use-post-statuses';
import { useRowProgress } from '../use-row-progress';
import type { WriterInitialState } from '../types';
import { EditTaskModal } from './EditTaskModal';
import { editIcon, trashIcon } from './icons';
import { NewTaskCard } from './NewTaskCard';
import { RowProgress } from './RowProgress';

/** The table's first view: newest first, 20 a page. */
export const DEFAULT_TASKS_VIEW: View = {
	type: 'table',
	page: 1,
	perPage: 20,
	search: '',
	filters: [],
	sort: { field: 'created_at', direction: 'desc' },
	fields: [ 'status', 'keywords', 'created_at', 'post' ],
	titleField: 'title',
};

/** The pipeline's steps from here, as labelled buttons above the table. */
const TASK_BAR = [ 'generate-content', 'generate-images' ];

/** "12 tasks". */
const tasksCount = ( n: number ) =>
	/* translators: %s: number of tasks. */
	sprintf( _n( '%s task', '%s tasks', n, 'igny8' ), formatNumber( n ) );

/** The table's columns; the Post column shows the written post's current status. */
function taskFields(
	postStatuses: Record< number, string >,
	jobs: Record< string, JobSnapshot >
): Field< Task >[] {
	return [
		{
			id: 'title',
			label: __( 'Title', 'igny8' ),
			enableHiding: false,
			enableGlobalSearch: true,
		},
		{
			id: 'status',
			label: __( 'Status', 'igny8' ),
			elements: TASK_STATUSES.map( ( status ) => ( {
				value: status,
				label: taskStatusLabel( status ),
			} ) ),
			filterBy: { operators: [ 'is' ] },
			render: ( { item } ) => (
				<span
					className={ `igny8-status igny8-status--${ item.status }` }
				>
					{ taskStatusLabel( item.status ) }
					{ item.status === 'in_progress' && item.job_id && (
						<RowProgress job={ jobs[ item.job_id ] } />
					) }
					{ item.status === 'failed' && item.error && (
						<span className="igny8-tasks__error">
							{ item.error }
						</span>
					) }
				</span>
			),
		},
		{
			id: 'keywords',
			label: __( 'Keywords', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) => <>{ keywordsText( item.keywords ) }</>,
		},
		{
			id: 'content_type',
			label: __( 'Type', 'igny8' ),
			enableSorting: false,
		},
		{
			id: 'created_at',
			label: __( 'Created', 'igny8' ),
			render: ( { item } ) => <>{ formatDateTime( item.created_at ) }</>,
		},
		{
			id: 'post',
			label: __( 'Post', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) =>
				item.assigned_post_id ? (
					<a
						href={ editPostUrl( item.assigned_post_id ) }
						// The name starts with the visible status, so speech users can say what they see.
						aria-label={ sprintf(
							/* translators: 1: the post's status as shown (e.g. "Draft"), 2: task title. */
							__(
								'%1$s: open the post of “%2$s” in the block editor',
								'igny8'
							),
							postStatusLabel(
								postStatuses[ item.assigned_post_id ]
							),
							item.title
						) }
					>
						{ postStatusLabel(
							postStatuses[ item.assigned_post_id ]
						) }
					</a>
				) : (
					<>
						<span aria-hidden="true">—</span>
						<span className="screen-reader-text">
							{ __( 'No post yet', 'igny8' ) }
						</span>
					</>
				),
		},
	];
}

/**
 * Tasks: the "New task" form, then every task in a DataViews table with the
 * pipeline's bulk actions (Generate content, Generate images) and delete.
 */
export function TasksTab( {
	initialState,
}: {
	initialState: WriterInitialState;
} ) {
	const [ view, setView ] = useState< View >( DEFAULT_TASKS_VIEW );
	const [ selection, setSelection ] = useState< string[] >( [] );
	// "0": each task is written with its own strategy, else the default.
	const [ strategyId, setStrategyId ] = useState( '0' );
	const { items, total, totalPages, isLoading, error } =
		useCollection< Task >( 'tasks', viewToQuery( view, TASKS_MAPPING ) );
	const flow = useJobFlow();
	const jobs = useRowProgress( items );
	const postStatuses = usePostStatuses(
		items
			.filter( ( task ) => !! task.assigned_post_id )
			.map( ( task ) => ( {
				id: task.assigned_post_id as number,
				type: task.content_type,
			} ) )
	);
	const del = useConfirmDelete(
		'tasks',
		{
			count: ( n ) =>
				/* translators: %d: number of tasks. */
				sprintf( _n( '%d task', '%d tasks', n, 'igny8' ), n ),
		},
		() => setSelection( [] )
	);

	const run =
		( action: 'generate_content' | 'generate_images' ) =>
		( tasks: Task[] ) =>
			flow.start( {
				action,
				ids: tasks.map( ( task ) => task.id ),
				// The picked strategy becomes the tasks' own (the server keeps it with them).
				extra:
					action === 'generate_content' && strategyId !== '0'
						? { strategy_id: Number( strategyId ) }
						: undefined,
				onSuccess: () => setSelection( [] ),
			} );

	const actions: Action< Task >[] = [
		{
			id: 'generate-content',
			label: __( 'Generate content', 'igny8' ),
			supportsBulk: true,
			disabled: flow.isBusy,
			callback: run( 'generate_content' ),
		},
		{
			id: 'edit',
			label: __( 'Edit', 'igny8' ),
			icon: editIcon,
			modalHeader: __( 'Edit task', 'igny8' ),
			// A task being written is edited once its draft is ready (the server refuses it too).
			isEligible: ( task ) => task.status !== 'in_progress',
			RenderModal: ( { items: [ task ], closeModal } ) => (
				<EditTaskModal
					task={ task as Task }
					closeModal={ closeModal }
				/>
			),
		},
		{
			id: 'generate-images',
			label: __( 'Generate images', 'igny8' ),
			supportsBulk: true,
			disabled: flow.isBusy,
			// Images go into a written draft.
			isEligible: ( task ) => !! task.assigned_post_id,
			callback: run( 'generate_images' ),
		},
		{
			id: 'delete',
			label: __( 'Delete', 'igny8' ),
			icon: trashIcon,
			isDestructive: true,
			supportsBulk: true,
			callback: ( tasks ) => del.request( tasks ),
		},
	];

	const fields = useMemo(
		() => taskFields( postStatuses, jobs ),
		[ postStatuses, jobs ]
	);

	const isEmpty =
		! isLoading &&
		! error &&
		total === 0 &&
		! view.search &&
		! view.filters?.length;

	return (
		<>
			<NewTaskCard initialState={ initialState } />
			<div className="igny8-table-card">
				<h2 className="igny8-card-title">{ __( 'Tasks', 'igny8' ) }</h2>
				{ /* Nothing to write yet: the choice appears with the first task. */ }
				{ ! isEmpty && (
					<div className="igny8-tasks__strategy">
						<StrategySelect
							control={ {
								__next40pxDefaultSize: true,
								__nextHasNoMarginBottom: true,
								value: strategyId,
								onChange: setStrategyId,
							} }
							defaultLabel={ __(
								'Each task’s own strategy (else the default)',
								'igny8'
							) }
							help={ __(
								'Generate content writes the selected tasks with this strategy.',
								'igny8'
							) }
						/>
					</div>
				) }
				{ isEmpty && flow.ui }
				{ !! error && (
					<ScreenNoticeView
						notice={ {
							...errorToNotice( error, {
								settingsUrl: initialState.settingsUrl,
							} ),
							status: 'warning',
						} }
					/>
				) }
				{ isEmpty ? (
					<p className="igny8-help igny8-empty">
						{ __(
							'No tasks yet. Write a title and brief above, or turn ideas into tasks on the Planner screen (Ideas → Create tasks).',
							'igny8'
						) }
					</p>
				) : (
					<>
						<BulkActionBar< Task >
							actions={ actions.filter( ( action ) =>
								TASK_BAR.includes( action.id )
							) }
							items={ items }
							selection={ selection }
							total={ total }
							countLabel={ tasksCount }
						>
							{ flow.ui }
						</BulkActionBar>
						<DataViews< Task >
							data={ items }
							fields={ fields }
							view={ view }
							onChangeView={ ( next ) =>
								setView( resetPageOnChange( view, next ) )
							}
							actions={ actions }
							isLoading={ isLoading }
							paginationInfo={ { totalItems: total, totalPages } }
							defaultLayouts={ { table: {} } }
							selection={ selection }
							onChangeSelection={ setSelection }
							getItemId={ ( item ) => String( item.id ) }
							searchLabel={ __( 'Search tasks', 'igny8' ) }
						/>
					</>
				) }
				{ del.dialog }
			</div>
		</>
	);
}
