/**
 * WordPress dependencies
 */
import {
	Card,
	CardBody,
	CardHeader,
	SelectControl,
	Spinner,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { DailyUsageChart } from './DailyUsageChart';
import { FunctionUsageChart } from './FunctionUsageChart';
import type { Usage } from '../types';

/** Periods the usage card offers, in days. */
export const USAGE_PERIODS = [ 7, 30, 90 ] as const;

/**
 * Usage over a chosen period: per day and per AI function.
 */
export function UsageCard( {
	usage,
	days,
	loading,
	onChangeDays,
}: {
	usage: Usage | null;
	days: number;
	loading: boolean;
	onChangeDays: ( days: number ) => void;
} ) {
	return (
		<Card className="igny8-credits-usage">
			<CardHeader>
				<h2 className="igny8-card-title">{ __( 'Usage', 'igny8' ) }</h2>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Period', 'igny8' ) }
					hideLabelFromVision
					value={ String( days ) as '7' | '30' | '90' }
					options={ [
						{ value: '7', label: __( 'Last 7 days', 'igny8' ) },
						{ value: '30', label: __( 'Last 30 days', 'igny8' ) },
						{ value: '90', label: __( 'Last 90 days', 'igny8' ) },
					] }
					onChange={ ( value ) => onChangeDays( Number( value ) ) }
				/>
			</CardHeader>
			<CardBody>
				{ loading && usage === null && <Spinner /> }
				{ usage && usage.totals.jobs === 0 && (
					<p className="igny8-help igny8-empty">
						{ __(
							'No credits were used in this period. Generate content from the Writer or run the Planner, and the usage shows here.',
							'igny8'
						) }
					</p>
				) }
				{ usage && usage.totals.jobs > 0 && (
					<>
						<h3 className="igny8-chart__heading">
							{ __( 'Per day', 'igny8' ) }
						</h3>
						<DailyUsageChart usage={ usage } />
						<h3 className="igny8-chart__heading">
							{ __( 'Per AI function', 'igny8' ) }
						</h3>
						<FunctionUsageChart usage={ usage } />
					</>
				) }
			</CardBody>
		</Card>
	);
}
