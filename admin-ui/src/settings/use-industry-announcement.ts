/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useCallback } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { keywordsCount } from '../planner/labels';
import { useScreenNotices } from '../shared/screen-notices';
import { store } from '../shared/store';
import {
	applyIndustry,
	deleteSector,
	type IndustryResult,
} from './industry-api';

const sectorsCount = ( n: number ) =>
	/* translators: %d: number of sectors */
	sprintf( _n( '%d sector', '%d sectors', n, 'igny8' ), n );

/**
 * The snackbar after an industry was applied, with Undo when sectors changed.
 * Undo puts the sectors back as they were (the added ones deleted, the deleted
 * ones restored) and the previous industry; seed keywords already added stay in
 * the Planner. `onRestored` hears the industry that is back.
 */
export function useIndustryAnnouncement(
	onRestored: ( previous: string | null ) => void
) {
	const { invalidateCollection, restoreItems } = useDispatch( store );
	const notices = useScreenNotices();

	const undo = useCallback(
		async ( result: IndustryResult, previous: string | null ) => {
			try {
				for ( const sector of result.added ) {
					await deleteSector( sector.id );
				}
				if ( result.undo_token ) {
					await restoreItems( 'sectors', {
						items: [],
						tokens: [ result.undo_token ],
					} );
				}
				await applyIndustry( {
					industry: previous ?? '',
					add: [],
					remove: [],
					confirm_remove: false,
					seed_keywords: false,
				} );
				onRestored( previous );
				notices.snackbar(
					__( 'The sectors are back as they were.', 'igny8' )
				);
			} catch ( failure ) {
				notices.showError( failure );
			} finally {
				invalidateCollection( 'sectors' );
			}
		},
		[ invalidateCollection, restoreItems, notices, onRestored ]
	);

	return useCallback(
		( result: IndustryResult, previous: string | null ) => {
			const changed =
				result.added.length > 0 || result.removed.length > 0;
			notices.snackbar(
				sprintf(
					/* translators: 1: number of sectors added, 2: number of sectors deleted, 3: number of keywords added */
					__(
						'Industry saved: %1$s added, %2$s deleted, %3$s added to the Planner.',
						'igny8'
					),
					sectorsCount( result.added.length ),
					sectorsCount( result.removed.length ),
					keywordsCount( result.keywords_added )
				),
				changed
					? [
							{
								label: __( 'Undo', 'igny8' ),
								onClick: () => undo( result, previous ),
							},
						]
					: []
			);
		},
		[ notices, undo ]
	);
}
