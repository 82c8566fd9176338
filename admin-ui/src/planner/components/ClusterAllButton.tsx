/**
 * WordPress dependencies
 */
import { Button, DropdownMenu } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';
import { chevronDown } from '@wordpress/icons';

/**
 * Internal dependencies
 */
import type { JobFlow } from '../../shared/job-flow';
import { useSectorOptions } from '../use-sectors';

/**
 * "Cluster all unclustered": every keyword without a cluster (of all sectors, or of one chosen in
 * the menu beside it), in as many jobs as the backlog needs, with one price up front, one progress
 * bar and one Cancel. Button-sized, so the toolbar keeps the height of the page PHP printed first.
 */
export function ClusterAllButton( { flow }: { flow: JobFlow } ) {
	const sectors = useSectorOptions().filter(
		( option ) => option.value !== 0
	);

	const start = ( sectorId?: number ) =>
		flow.start( {
			action: 'auto_cluster',
			ids: [],
			extra: {
				all: true,
				...( sectorId ? { sector_id: sectorId } : {} ),
			},
			summary: ( estimate ) =>
				sprintf(
					/* translators: %d: number of jobs */
					_n(
						'Group every keyword that has no cluster yet into topic clusters, in %d job.',
						'Group every keyword that has no cluster yet into topic clusters, in %d jobs.',
						estimate.jobs ?? 1,
						'igny8'
					),
					estimate.jobs ?? 1
				),
		} );

	return (
		<div className="igny8-cluster-all">
			<Button
				variant="secondary"
				onClick={ () => start() }
				disabled={ flow.isBusy }
				accessibleWhenDisabled
			>
				{ __( 'Cluster all unclustered', 'igny8' ) }
			</Button>
			{ sectors.length > 0 && (
				<DropdownMenu
					icon={ chevronDown }
					label={ __( 'Choose one sector to cluster', 'igny8' ) }
					toggleProps={ { disabled: flow.isBusy } }
					controls={ sectors.map( ( sector ) => ( {
						title: sprintf(
							/* translators: %s: sector name */
							__( 'Only the sector “%s”', 'igny8' ),
							sector.label
						),
						onClick: () => start( sector.value ),
					} ) ) }
				/>
			) }
		</div>
	);
}
