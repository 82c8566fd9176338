/**
 * Undo of a deletion: puts the rows kept under the undo tokens back, says how
 * many came back and names those that could not (a unique name taken again).
 * Used by every delete's snackbar and by a replace run's restore.
 *
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useScreenNotices } from './screen-notices';
import { store } from './store';
import type { Restoration } from './store/actions';
import type { CollectionName } from './store/types';

export interface Labels {
	/** e.g. n => sprintf( _n( '%d keyword', '%d keywords', n ), n ). */
	count: ( n: number ) => string;
}

/** `restore( tokens )` resolves to true when the rows came back. */
export function useRestore(
	name: CollectionName,
	labels: Labels
): ( tokens: string[] ) => Promise< boolean > {
	const { restoreItems } = useDispatch( store );
	const notices = useScreenNotices();
	return async ( tokens ) => {
		try {
			const result = ( await restoreItems( name, {
				items: [],
				tokens,
			} ) ) as Restoration;
			notices.snackbar(
				sprintf(
					/* translators: %s: what came back, e.g. "3 keywords" */
					__( 'Restored %s.', 'igny8' ),
					labels.count( result.restored )
				)
			);
			if ( result.skipped.length ) {
				notices.show( {
					status: 'warning',
					message: sprintf(
						/* translators: 1: what was not restored, e.g. "2 keywords", 2: their names */
						__( '%1$s could not be restored: %2$s.', 'igny8' ),
						labels.count( result.skipped.length ),
						result.skipped
							.map( ( item ) => item.label )
							.join( ', ' )
					),
					nextStep: __(
						'An item with the same name was added after the deletion. Rename or delete that one, then add these again.',
						'igny8'
					),
				} );
			}
			return true;
		} catch ( error ) {
			notices.showError( error );
			return false;
		}
	};
}
