/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import { tableView, type QueryMapping } from '../../shared/dataviews-query';
import { formatNumber } from '../../shared/format';
import { EmptyState } from '../components/EmptyState';
import { SearchConsoleImport } from './SearchConsoleImport';
import type { SearchQuery } from './types';

const MAPPING: QueryMapping = {
	filters: { post_id: 'matched' },
};

const DEFAULT_VIEW = tableView( {
	fields: [ 'post', 'position', 'impressions', 'clicks', 'ctr' ],
	titleField: 'query',
} );

const FIELDS: Field< SearchQuery >[] = [
	{
		id: 'query',
		label: __( 'Query', 'igny8' ),
		enableHiding: false,
		enableSorting: false,
	},
	{
		id: 'post',
		label: __( 'Ranking page', 'igny8' ),
		enableSorting: false,
		getValue: ( { item } ) => item.post_title ?? item.page_url,
		render: ( { item } ) => (
			<div className="igny8-opportunities__post">
				{ item.post_title ?? (
					<span>
						{ item.page_url }{ ' ' }
						<small>
							{ __( '(not a post of this site)', 'igny8' ) }
						</small>
					</span>
				) }
				{ item.optimize_url && (
					<Button
						variant="link"
						href={ item.optimize_url }
						aria-label={ sprintf(
							/* translators: %s: post title */
							__( 'Optimise this post: “%s”', 'igny8' ),
							item.post_title ?? ''
						) }
					>
						{ __( 'Optimise this post', 'igny8' ) }
					</Button>
				) }
			</div>
		),
	},
	{
		id: 'position',
		label: __( 'Average position', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => item.position.toFixed( 1 ),
	},
	{
		id: 'impressions',
		label: __( 'Impressions', 'igny8' ),
		type: 'integer',
		enableSorting: false,
		render: ( { item } ) => formatNumber( item.impressions ),
	},
	{
		id: 'clicks',
		label: __( 'Clicks', 'igny8' ),
		type: 'integer',
		enableSorting: false,
		render: ( { item } ) => formatNumber( item.clicks ),
	},
	{
		id: 'ctr',
		label: __( 'CTR', 'igny8' ),
		enableSorting: false,
		render: ( { item } ) => `${ item.ctr.toFixed( 2 ) }%`,
	},
	{
		id: 'post_id',
		label: __( 'Page', 'igny8' ),
		enableSorting: false,
		elements: [
			{ value: 'matched', label: __( 'A post of this site', 'igny8' ) },
			{ value: 'unmatched', label: __( 'Another page', 'igny8' ) },
		],
		filterBy: { operators: [ 'is' ] },
	},
];

/**
 * Queries whose page ranks on average between 8 and 20 (the bottom of page one and page two),
 * most impressions first, each with the post that ranks and a link to optimise it.
 */
export function StrikingDistance() {
	return (
		<section
			className="igny8-opportunities__section"
			aria-labelledby="igny8-opportunities-striking"
		>
			<h2 id="igny8-opportunities-striking" className="igny8-card-title">
				{ __( 'Striking distance (Search Console)', 'igny8' ) }
			</h2>
			<SearchConsoleImport />
			<CollectionTable< SearchQuery >
				name="search_queries"
				fields={ FIELDS }
				mapping={ MAPPING }
				defaultView={ DEFAULT_VIEW }
				searchLabel={ __( 'Search queries', 'igny8' ) }
				empty={
					<EmptyState
						title={ __(
							'No query in striking distance yet',
							'igny8'
						) }
					>
						{ __(
							'Import a Search Console export above. Queries whose page ranks on average between 8 and 20 with impressions appear here, with the post that ranks and a link to optimise it.',
							'igny8'
						) }
					</EmptyState>
				}
			/>
		</section>
	);
}
