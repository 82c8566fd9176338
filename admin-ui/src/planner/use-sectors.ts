/**
 * WordPress dependencies
 */
import { useMemo } from '@wordpress/element';

/**
 * Internal dependencies
 */
import type { Sector } from '../shared/store/types';
import { useCollection } from '../shared/use-collection';
import { SECTOR_QUERY, sectorOptions, type SectorOption } from './sectors';

/** The site's sectors as choices ("No sector" first), read once through the store. */
export function useSectorOptions(): SectorOption[] {
	const sectors = useCollection< Sector >( 'sectors', SECTOR_QUERY );
	return useMemo( () => sectorOptions( sectors.items ), [ sectors.items ] );
}
