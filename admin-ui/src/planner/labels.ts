/**
 * WordPress dependencies
 */
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { SkippedRow } from '../shared/store/actions';

export const keywordStatuses = () => [
	{ value: 'active', label: __( 'Active', 'igny8' ) },
	{ value: 'inactive', label: __( 'Inactive', 'igny8' ) },
	{ value: 'used', label: __( 'Used', 'igny8' ) },
];

export const intents = () => [
	{ value: 'informational', label: __( 'Informational', 'igny8' ) },
	{ value: 'commercial', label: __( 'Commercial', 'igny8' ) },
	{ value: 'transactional', label: __( 'Transactional', 'igny8' ) },
	{ value: 'navigational', label: __( 'Navigational', 'igny8' ) },
];

export const clusterStatuses = () => [
	{ value: 'active', label: __( 'Active', 'igny8' ) },
	{ value: 'archived', label: __( 'Archived', 'igny8' ) },
];

export const ideaStatuses = () => [
	{ value: 'draft', label: __( 'New', 'igny8' ) },
	{ value: 'approved', label: __( 'Approved', 'igny8' ) },
	{ value: 'in_progress', label: __( 'Task created', 'igny8' ) },
	{ value: 'completed', label: __( 'Written', 'igny8' ) },
];

export const keywordsCount = ( n: number ) =>
	/* translators: %d: number of keywords */
	sprintf( _n( '%d keyword', '%d keywords', n, 'igny8' ), n );
export const clustersCount = ( n: number ) =>
	/* translators: %d: number of clusters */
	sprintf( _n( '%d cluster', '%d clusters', n, 'igny8' ), n );
export const ideasCount = ( n: number ) =>
	/* translators: %d: number of ideas */
	sprintf( _n( '%d idea', '%d ideas', n, 'igny8' ), n );

/** The label of a value among options, or the value itself. */
export const labelOf = (
	options: Array< { value: string; label: string } >,
	value: unknown
) =>
	options.find( ( option ) => option.value === value )?.label ??
	( value === null || value === undefined ? '—' : String( value ) );

/** The name of an id among options (a cluster, a sector): — for none, #id for one no longer listed. */
export function idLabel(
	options: Array< { value: number; label: string } >,
	id: number | null | undefined
): string {
	if ( ! id ) {
		return '—';
	}
	return (
		options.find( ( option ) => option.value === id )?.label ?? `#${ id }`
	);
}

/** A skipped keyword's name: its text now, or as the table showed it (deleted), or its id. */
export function keywordLabel(
	row: SkippedRow,
	items: Array< { id: number; keyword: string } >
): string {
	const text =
		row.keyword ?? items.find( ( item ) => item.id === row.id )?.keyword;
	return text ? `“${ text }”` : `#${ row.id }`;
}
