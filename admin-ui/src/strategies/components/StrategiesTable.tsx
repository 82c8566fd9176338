/**
 * External dependencies
 */
import type { Field } from '@wordpress/dataviews';

/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useMemo } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { CollectionTable } from '../../shared/CollectionTable';
import { tableView, type QueryMapping } from '../../shared/dataviews-query';
import type { Strategy } from '../../shared/store/types';
import { structureOptions } from '../../writer/task-form';

const MAPPING: QueryMapping = {};
const DEFAULT_VIEW = tableView( {
	perPage: 100,
	fields: [ 'length', 'structure', 'choices', 'usage', 'actions' ],
	titleField: 'name',
	sort: { field: 'name', direction: 'asc' },
} );

export interface StrategyRowActions {
	onEdit: ( strategy: Strategy ) => void;
	onDuplicate: ( strategy: Strategy ) => void;
	onMakeDefault: ( strategy: Strategy ) => void;
	onDelete: ( strategy: Strategy ) => void;
}

/** What a strategy turns on, in words. */
function choicesText( strategy: Strategy ): string {
	return [
		sprintf(
			/* translators: %d: number of images */
			_n( '%d image', '%d images', strategy.image_count, 'igny8' ),
			strategy.image_count
		),
		strategy.faq ? __( 'FAQ', 'igny8' ) : __( 'no FAQ', 'igny8' ),
		strategy.takeaways
			? __( 'key takeaways', 'igny8' )
			: __( 'no takeaways', 'igny8' ),
		strategy.link_policy === 'none'
			? __( 'no links', 'igny8' )
			: __( 'Linker links', 'igny8' ),
	].join( ', ' );
}

/** The site's strategies with Edit, Duplicate, Make default and Delete on each row. */
export function StrategiesTable( actions: StrategyRowActions ) {
	const { onEdit, onDuplicate, onMakeDefault, onDelete } = actions;
	const fields = useMemo< Field< Strategy >[] >( () => {
		const structures = Object.fromEntries(
			structureOptions().map( ( option ) => [
				option.value,
				option.label,
			] )
		);
		const labelled = ( label: string, strategy: Strategy ) =>
			sprintf( label, strategy.name );
		return [
			{
				id: 'name',
				label: __( 'Name', 'igny8' ),
				enableHiding: false,
				getValue: ( { item } ) => item.name,
				render: ( { item } ) => (
					<span>
						{ item.name }
						{ item.is_default && (
							<span className="igny8-badge">
								{ ' ' }
								{ __( '(default)', 'igny8' ) }
							</span>
						) }
					</span>
				),
			},
			{
				id: 'length',
				label: __( 'Length', 'igny8' ),
				enableSorting: false,
				getValue: ( { item } ) =>
					item.target_words
						? sprintf(
								/* translators: %d: number of words */
								_n(
									'%d word',
									'%d words',
									item.target_words,
									'igny8'
								),
								item.target_words
							)
						: __( 'Cluster’s length', 'igny8' ),
			},
			{
				id: 'structure',
				label: __( 'Structure', 'igny8' ),
				enableSorting: false,
				getValue: ( { item } ) =>
					structures[ item.content_structure ] ??
					__( 'Task’s own', 'igny8' ),
			},
			{
				id: 'choices',
				label: __( 'Choices', 'igny8' ),
				enableSorting: false,
				getValue: ( { item } ) => choicesText( item ),
			},
			{
				id: 'usage',
				label: __( 'Used by', 'igny8' ),
				enableSorting: false,
				getValue: ( { item } ) =>
					[
						sprintf(
							/* translators: %d: number of writer tasks */
							_n(
								'%d task',
								'%d tasks',
								item.usage.tasks,
								'igny8'
							),
							item.usage.tasks
						),
						sprintf(
							/* translators: %d: number of automation rules */
							_n(
								'%d rule',
								'%d rules',
								item.usage.rules,
								'igny8'
							),
							item.usage.rules
						),
					].join( ', ' ),
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
							label={ labelled(
								/* translators: %s: strategy name */
								__( 'Edit “%s”', 'igny8' ),
								item
							) }
						>
							{ __( 'Edit', 'igny8' ) }
						</Button>
						<Button
							variant="link"
							onClick={ () => onDuplicate( item ) }
							label={ labelled(
								/* translators: %s: strategy name */
								__( 'Duplicate “%s”', 'igny8' ),
								item
							) }
						>
							{ __( 'Duplicate', 'igny8' ) }
						</Button>
						{ ! item.is_default && (
							<Button
								variant="link"
								onClick={ () => onMakeDefault( item ) }
								label={ labelled(
									/* translators: %s: strategy name. Starts with the button's visible text, "Make default". */
									__( 'Make default: “%s”', 'igny8' ),
									item
								) }
							>
								{ __( 'Make default', 'igny8' ) }
							</Button>
						) }
						{ ! item.is_default && (
							<Button
								variant="link"
								isDestructive
								onClick={ () => onDelete( item ) }
								label={ labelled(
									/* translators: %s: strategy name */
									__( 'Delete “%s”', 'igny8' ),
									item
								) }
							>
								{ __( 'Delete', 'igny8' ) }
							</Button>
						) }
					</div>
				),
			},
		];
	}, [ onEdit, onDuplicate, onMakeDefault, onDelete ] );

	return (
		<CollectionTable< Strategy >
			name="strategies"
			fields={ fields }
			mapping={ MAPPING }
			defaultView={ DEFAULT_VIEW }
			searchLabel={ __( 'Search strategies', 'igny8' ) }
			empty={
				<p className="igny8-help igny8-empty">
					{ __(
						'No strategies yet. Add one to reuse the same writing choices across tasks.',
						'igny8'
					) }
				</p>
			}
		/>
	);
}
