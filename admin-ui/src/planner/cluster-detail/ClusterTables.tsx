/**
 * External dependencies
 */
import type { Field, View } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { useMemo } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import type { QueryMapping } from '../../shared/dataviews-query';
import { formatNumber } from '../../shared/format';
import type { Idea, Keyword, Task } from '../../shared/store/types';
import { taskStatusLabel } from '../../writer/task-status';
import { TASK_STATUSES } from '../../writer/query';
import { ideaStatuses, intents, keywordStatuses, labelOf } from '../labels';

const view = ( fields: string[], titleField: string, sort: string ): View => ( {
	type: 'table',
	page: 1,
	perPage: 20,
	search: '',
	filters: [],
	sort: { field: sort, direction: 'desc' },
	fields,
	titleField,
	layout: {},
} );

const KEYWORDS_VIEW = view(
	[ 'search_volume', 'difficulty', 'intent', 'status' ],
	'keyword',
	'search_volume'
);
const IDEAS_VIEW = view( [ 'status' ], 'title', 'created_at' );
const TASKS_VIEW = view( [ 'status' ], 'title', 'created_at' );

const number = ( value: number | null ) =>
	value === null ? '—' : formatNumber( value );

/**
 * The cluster's keywords, ideas and writer tasks: server-paginated tables over
 * the list routes filtered by cluster_id, so a cluster of thousands of keywords
 * loads one page at a time.
 */
export function ClusterTables( {
	clusterId,
	empty,
}: {
	clusterId: number;
	/** Empty states with the next step, by table. */
	empty: { keywords: JSX.Element; ideas: JSX.Element; tasks: JSX.Element };
} ) {
	const mappings = useMemo( () => {
		const fixed = { cluster_id: clusterId };
		return {
			keywords: {
				sortable: {
					keyword: 'keyword',
					search_volume: 'search_volume',
					difficulty: 'difficulty',
					status: 'status',
				},
				filters: { status: 'status', intent: 'intent' },
				fixed,
			} as QueryMapping,
			ideas: {
				sortable: {
					title: 'title',
					status: 'status',
					created_at: 'created_at',
				},
				filters: { status: 'status' },
				fixed,
			} as QueryMapping,
			tasks: {
				sortable: {
					title: 'title',
					status: 'status',
					created_at: 'created_at',
				},
				filters: { status: 'status' },
				fixed,
			} as QueryMapping,
		};
	}, [ clusterId ] );

	const keywordFields: Field< Keyword >[] = useMemo(
		() => [
			{
				id: 'keyword',
				label: __( 'Keyword', 'igny8' ),
				enableHiding: false,
				getValue: ( { item } ) => item.keyword,
			},
			{
				id: 'search_volume',
				label: __( 'Volume', 'igny8' ),
				type: 'integer',
				render: ( { item } ) => number( item.search_volume ),
			},
			{
				id: 'difficulty',
				label: __( 'Difficulty', 'igny8' ),
				type: 'integer',
				render: ( { item } ) => number( item.difficulty ),
			},
			{
				id: 'intent',
				label: __( 'Intent', 'igny8' ),
				elements: intents(),
				filterBy: { operators: [ 'is' ] },
				enableSorting: false,
				render: ( { item } ) => labelOf( intents(), item.intent ),
			},
			{
				id: 'status',
				label: __( 'Status', 'igny8' ),
				elements: keywordStatuses(),
				filterBy: { operators: [ 'is' ] },
				render: ( { item } ) =>
					labelOf( keywordStatuses(), item.status ),
			},
		],
		[]
	);
	const ideaFields: Field< Idea >[] = useMemo(
		() => [
			{
				id: 'title',
				label: __( 'Idea', 'igny8' ),
				enableHiding: false,
				getValue: ( { item } ) => item.title,
			},
			{
				id: 'status',
				label: __( 'Status', 'igny8' ),
				elements: ideaStatuses(),
				filterBy: { operators: [ 'is' ] },
				render: ( { item } ) => labelOf( ideaStatuses(), item.status ),
			},
		],
		[]
	);
	const taskFields: Field< Task >[] = useMemo(
		() => [
			{
				id: 'title',
				label: __( 'Task', 'igny8' ),
				enableHiding: false,
				getValue: ( { item } ) => item.title,
			},
			{
				id: 'status',
				label: __( 'Status', 'igny8' ),
				elements: TASK_STATUSES.map( ( value ) => ( {
					value,
					label: taskStatusLabel( value ),
				} ) ),
				filterBy: { operators: [ 'is' ] },
				render: ( { item } ) => taskStatusLabel( item.status ),
			},
		],
		[]
	);

	return (
		<>
			<ClusterSection
				id="igny8-cluster-keywords"
				title={ __( 'Keywords', 'igny8' ) }
			>
				<CollectionTable< Keyword >
					name="keywords"
					fields={ keywordFields }
					mapping={ mappings.keywords }
					defaultView={ KEYWORDS_VIEW }
					searchLabel={ __(
						'Search this cluster’s keywords',
						'igny8'
					) }
					empty={ empty.keywords }
				/>
			</ClusterSection>
			<ClusterSection
				id="igny8-cluster-ideas"
				title={ __( 'Ideas', 'igny8' ) }
			>
				<CollectionTable< Idea >
					name="ideas"
					fields={ ideaFields }
					mapping={ mappings.ideas }
					defaultView={ IDEAS_VIEW }
					searchLabel={ __( 'Search this cluster’s ideas', 'igny8' ) }
					empty={ empty.ideas }
				/>
			</ClusterSection>
			<ClusterSection
				id="igny8-cluster-tasks"
				title={ __( 'Writer tasks', 'igny8' ) }
			>
				<CollectionTable< Task >
					name="tasks"
					fields={ taskFields }
					mapping={ mappings.tasks }
					defaultView={ TASKS_VIEW }
					searchLabel={ __( 'Search this cluster’s tasks', 'igny8' ) }
					empty={ empty.tasks }
				/>
			</ClusterSection>
		</>
	);
}

/** One titled section of the cluster page, labelled by its heading. */
function ClusterSection( {
	id,
	title,
	children,
}: {
	id: string;
	title: string;
	children: ReactNode;
} ) {
	return (
		<section className="igny8-cluster-section" aria-labelledby={ id }>
			<h2 id={ id }>{ title }</h2>
			{ children }
		</section>
	);
}
