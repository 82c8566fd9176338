/**
 * External dependencies
 */
import type { Action, Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { create, group } from '@wordpress/icons';
import { SelectControl } from '@wordpress/components';
import { useMemo, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import { tableView, type QueryMapping } from '../../shared/dataviews-query';
import { formatNumber } from '../../shared/format';
import type { JobFlow } from '../../shared/job-flow';
import { intents, labelOf } from '../labels';
import { EmptyState } from '../components/EmptyState';
import type { OpportunityKeyword, OpportunityKind } from './types';

/** The difficulty ceilings offered; 40 is the route's default. */
const CEILINGS = [ 20, 30, 40, 60, 100 ];

const DEFAULT_VIEW = tableView( {
	fields: [ 'search_volume', 'difficulty', 'intent', 'cluster_name' ],
	titleField: 'keyword',
} );

function fields( kind: OpportunityKind ): Field< OpportunityKeyword >[] {
	const list: Field< OpportunityKeyword >[] = [
		{
			id: 'keyword',
			label: __( 'Keyword', 'igny8' ),
			enableHiding: false,
			enableSorting: false,
		},
		{
			id: 'search_volume',
			label: __( 'Volume', 'igny8' ),
			type: 'integer',
			enableSorting: false,
			render: ( { item } ) => formatNumber( item.search_volume ),
		},
		{
			id: 'difficulty',
			label: __( 'Difficulty', 'igny8' ),
			type: 'integer',
			enableSorting: false,
		},
		{
			id: 'intent',
			label: __( 'Intent', 'igny8' ),
			enableSorting: false,
			render: ( { item } ) =>
				item.intent ? labelOf( intents(), item.intent ) : '—',
		},
	];
	if ( kind === 'uncovered' ) {
		list.push( {
			id: 'cluster_name',
			label: __( 'Cluster', 'igny8' ),
			enableSorting: false,
		} );
	}
	return list;
}

/**
 * One ranked keyword list (highest volume, then lowest difficulty) with the step that acts on it:
 * cluster the unclustered keywords, or generate ideas for the clusters of the uncovered ones.
 */
export function KeywordOpportunities( {
	kind,
	flow,
}: {
	kind: OpportunityKind;
	flow: JobFlow;
} ) {
	const [ ceiling, setCeiling ] = useState( 40 );
	const [ selection, setSelection ] = useState< string[] >( [] );
	const mapping: QueryMapping = useMemo(
		() => ( { fixed: { kind, max_difficulty: ceiling } } ),
		[ kind, ceiling ]
	);
	const headingId = `igny8-opportunities-${ kind }`;

	const actions: Action< OpportunityKeyword >[] =
		kind === 'unclustered'
			? [
					{
						id: 'auto-cluster',
						label: __( 'Auto cluster', 'igny8' ),
						icon: group,
						isPrimary: true,
						supportsBulk: true,
						disabled: flow.isBusy,
						callback: ( items ) =>
							flow.start( {
								action: 'auto_cluster',
								ids: items.map( ( item ) => item.id ),
								onSuccess: () => setSelection( [] ),
							} ),
					},
				]
			: [
					{
						id: 'generate-ideas',
						label: __(
							'Generate ideas for their clusters',
							'igny8'
						),
						icon: create,
						isPrimary: true,
						supportsBulk: true,
						disabled: flow.isBusy,
						callback: ( items ) =>
							flow.start( {
								action: 'generate_ideas',
								ids: [
									...new Set(
										items
											.map( ( item ) => item.cluster_id )
											.filter(
												( id ): id is number =>
													id !== null
											)
									),
								],
								onSuccess: () => setSelection( [] ),
							} ),
					},
				];

	return (
		<section
			className="igny8-opportunities__section"
			aria-labelledby={ headingId }
		>
			<h2 id={ headingId } className="igny8-card-title">
				{ kind === 'unclustered'
					? __(
							'High volume, low difficulty, in no cluster',
							'igny8'
						)
					: __( 'Clustered, not yet covered by a post', 'igny8' ) }
			</h2>
			<div className="igny8-toolbar">
				<SelectControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Difficulty at most', 'igny8' ) }
					value={ String( ceiling ) }
					options={ CEILINGS.map( ( value ) => ( {
						value: String( value ),
						label: String( value ),
					} ) ) }
					onChange={ ( value ) => {
						setCeiling( Number( value ) );
						setSelection( [] );
					} }
				/>
			</div>
			<CollectionTable< OpportunityKeyword >
				key={ ceiling }
				name="opportunity_keywords"
				fields={ fields( kind ) }
				actions={ actions }
				mapping={ mapping }
				defaultView={ DEFAULT_VIEW }
				selection={ selection }
				onChangeSelection={ setSelection }
				searchLabel={
					kind === 'unclustered'
						? __( 'Search unclustered opportunities', 'igny8' )
						: __( 'Search uncovered opportunities', 'igny8' )
				}
				empty={
					<EmptyState
						title={
							kind === 'unclustered'
								? __(
										'No unclustered keyword qualifies',
										'igny8'
									)
								: __(
										'No uncovered keyword qualifies',
										'igny8'
									)
						}
					>
						{ kind === 'unclustered'
							? __(
									'Keywords with a known volume and a difficulty at or under the chosen ceiling appear here until a cluster holds them. Import keywords with their difficulty on the Keywords tab, or raise the ceiling.',
									'igny8'
								)
							: __(
									'Clustered keywords appear here until a post is written for their cluster or they are marked used. Cluster keywords first, or raise the ceiling.',
									'igny8'
								) }
					</EmptyState>
				}
			/>
		</section>
	);
}
