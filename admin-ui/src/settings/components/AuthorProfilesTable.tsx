/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useMemo } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import { tableView, type QueryMapping } from '../../shared/dataviews-query';
import type { AuthorProfile } from '../types';

/** The profiles live in one option: the route answers them all on one page. */
const MAPPING: QueryMapping = {};
const DEFAULT_VIEW = tableView( {
	perPage: 100,
	fields: [ 'tone', 'audience', 'actions' ],
	titleField: 'name',
} );

/**
 * The site's author profiles (the store's `author_profiles`), each with Edit and Delete.
 */
export function AuthorProfilesTable( {
	onEdit,
	onDelete,
}: {
	onEdit: ( profile: AuthorProfile ) => void;
	onDelete: ( profile: AuthorProfile ) => void;
} ) {
	const fields = useMemo< Field< AuthorProfile >[] >(
		() => [
			{
				id: 'name',
				label: __( 'Name', 'igny8' ),
				enableHiding: false,
				enableSorting: false,
				getValue: ( { item } ) => item.name,
			},
			{
				id: 'tone',
				label: __( 'Tone', 'igny8' ),
				enableSorting: false,
				getValue: ( { item } ) => item.tone,
			},
			{
				id: 'audience',
				label: __( 'Audience', 'igny8' ),
				enableSorting: false,
				getValue: ( { item } ) => item.audience,
			},
			{
				id: 'actions',
				label: __( 'Actions', 'igny8' ),
				enableSorting: false,
				enableHiding: false,
				render: ( { item } ) => (
					<div className="igny8-actions">
						<Button
							variant="link"
							onClick={ () => onEdit( item ) }
							label={ sprintf(
								/* translators: %s: author profile name. */
								__( 'Edit “%s”', 'igny8' ),
								item.name
							) }
						>
							{ __( 'Edit', 'igny8' ) }
						</Button>
						<Button
							variant="link"
							isDestructive
							onClick={ () => onDelete( item ) }
							label={ sprintf(
								/* translators: %s: author profile name. */
								__( 'Delete “%s”', 'igny8' ),
								item.name
							) }
						>
							{ __( 'Delete', 'igny8' ) }
						</Button>
					</div>
				),
			},
		],
		[ onEdit, onDelete ]
	);

	return (
		<CollectionTable< AuthorProfile >
			name="author_profiles"
			fields={ fields }
			mapping={ MAPPING }
			defaultView={ DEFAULT_VIEW }
			searchable={ false }
			empty={
				<p className="igny8-help igny8-empty">
					{ __(
						'No author profiles yet. Add one below to give articles a consistent voice.',
						'igny8'
					) }
				</p>
			}
		/>
	);
}
