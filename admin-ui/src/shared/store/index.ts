/**
 * The plugin's data store, `igny8/core`: one cache of every collection
 * (keywords, clusters, ideas, tasks, content, images, sectors) read page by page
 * from the igny8/v1 REST API, with optimistic save and delete. See ../README.md.
 *
 * WordPress dependencies
 */
import { createReduxStore, register, select } from '@wordpress/data';

/**
 * Internal dependencies
 */
import * as actions from './actions';
import { STORE_NAME } from './constants';
import reducer from './reducer';
import * as resolvers from './resolvers';
import * as selectors from './selectors';

export const store = createReduxStore( STORE_NAME, {
	reducer,
	actions,
	selectors,
	resolvers,
} );

// Several screen bundles may share one page (and one wp.data registry): register once.
if ( ! select( STORE_NAME ) ) {
	register( store );
}

export {
	STORE_NAME,
	COLLECTIONS,
	COLLECTION_NAMES,
	MAX_PER_PAGE,
} from './constants';
export { queryKey, queryArgs } from './query-key';
export type * from './types';
