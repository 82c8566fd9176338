/**
 * WordPress dependencies
 */
import { Button, SelectControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { JobFlow } from '../../shared/job-flow';
import { selectOptions } from '../sectors';
import { useSectorOptions } from '../use-sectors';

/**
 * "Cluster all unclustered": every keyword without a cluster (of one sector, or all), in as many
 * jobs as the backlog needs, with one price up front, one progress bar and one Cancel.
 */
export function ClusterAllButton( { flow }: { flow: JobFlow } ) {
	const options = useSectorOptions();
	const [ sector, setSector ] = useState( 0 );
	// "No sector" (0) means every sector here.
	const choices = selectOptions( [
		{ value: 0, label: __( 'All sectors', 'igny8' ) },
		...options.filter( ( option ) => option.value !== 0 ),
	] );

	const start = () =>
		flow.start( {
			action: 'auto_cluster',
			ids: [],
			extra: { all: true, ...( sector ? { sector_id: sector } : {} ) },
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
			{ choices.length > 1 && (
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Sector to cluster', 'igny8' ) }
					value={ String( sector ) }
					options={ choices }
					onChange={ ( value ) => setSector( Number( value ) ) }
				/>
			) }
			<Button
				variant="secondary"
				onClick={ start }
				disabled={ flow.isBusy }
				accessibleWhenDisabled
			>
				{ __( 'Cluster all unclustered', 'igny8' ) }
			</Button>
		</div>
	);
}
