/**
 * Sectors in the Planner tables: the choices of the Sector column, filter and
 * selects, and the sector a set of keywords shares. Pure (unit-tested).
 *
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { Item, Sector } from '../shared/store/types';
import { idLabel } from './labels';

/** The Planner's sectors query: the whole list (a site has at most five), by name. */
export const SECTOR_QUERY = { per_page: 100, orderby: 'name', order: 'asc' };

/** One sector choice; 0 stands for "no sector" (the list routes' sector_id=0). */
export interface SectorOption {
	value: number;
	label: string;
}

/** "No sector" first, then the site's sectors as they were listed (by name). */
export function sectorOptions(
	sectors: Array< Pick< Sector, 'id' | 'name' > >
): SectorOption[] {
	return [
		{ value: 0, label: __( 'No sector', 'igny8' ) },
		...sectors.map( ( sector ) => ( {
			value: sector.id,
			label: sector.name,
		} ) ),
	];
}

/** Choices as SelectControl takes them (string values). */
export function selectOptions(
	options: Array< { value: number; label: string } >
): Array< { value: string; label: string } > {
	return options.map( ( option ) => ( {
		value: String( option.value ),
		label: option.label,
	} ) );
}

/** The name of a sector id: — for none, #id for a sector no longer in the list. */
export const sectorLabel = idLabel;

/**
 * The sector every item is in, which then guides Auto cluster (a table filtered
 * to one sector gives its rows' sector); undefined when none or mixed.
 */
export function sharedSector(
	items: Array< { sector_id?: number | null } >
): number | undefined {
	const first = items[ 0 ]?.sector_id;
	if ( ! first || items.some( ( item ) => item.sector_id !== first ) ) {
		return undefined;
	}
	return first;
}

/** The Sector column and "is" filter of a table whose items have a sector_id (the REST arg of the same name). */
export function sectorField< T extends Item & { sector_id: number | null } >(
	options: SectorOption[]
): Field< T > {
	return {
		id: 'sector_id',
		label: __( 'Sector', 'igny8' ),
		elements: options,
		filterBy: { operators: [ 'is' ] },
		enableSorting: false,
		getValue: ( { item } ) => item.sector_id ?? 0,
		render: ( { item } ) => sectorLabel( options, item.sector_id ),
	};
}

/** Settings → Sectors, for users who may open Settings (null otherwise). */
export function sectorsSettingsUrl(
	settingsUrl: string | null | undefined
): string | null {
	return settingsUrl
		? `${ settingsUrl }${ settingsUrl.includes( '?' ) ? '&' : '?' }tab=sectors`
		: null;
}
