/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Spinner,
} from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { formatNumber } from '../../shared/format';
import { ScreenNoticeView } from '../../shared/screen-notices';
import type { Balance } from '../types';

/**
 * The account's credit balance, with the low-balance warning the cloud computes.
 */
export function BalanceCard( {
	balance,
	loading,
	onRefresh,
}: {
	balance: Balance | null;
	loading: boolean;
	onRefresh: () => void;
} ) {
	return (
		<Card className="igny8-credits-balance">
			<CardHeader>
				<h2 className="igny8-card-title">
					{ __( 'Balance', 'igny8' ) }
				</h2>
				<Button
					__next40pxDefaultSize
					variant="tertiary"
					onClick={ onRefresh }
					isBusy={ loading }
					disabled={ loading }
				>
					{ __( 'Refresh', 'igny8' ) }
				</Button>
			</CardHeader>
			<CardBody>
				{ balance === null && loading && <Spinner /> }
				{ balance && (
					<>
						{ balance.low_balance && (
							<ScreenNoticeView
								notice={ {
									status: 'warning',
									message: sprintf(
										/* translators: %s: low-balance threshold in credits. */
										__(
											'Your credits are running low (below %s).',
											'igny8'
										),
										formatNumber(
											balance.low_balance_threshold
										)
									),
									nextStep: __(
										'Add credits to your IGNY8 account so generation does not stop.',
										'igny8'
									),
								} }
							/>
						) }
						<p className="igny8-credits-balance__figure">
							<span className="igny8-credits-balance__number">
								{ formatNumber( balance.credits ) }
							</span>{ ' ' }
							<span className="igny8-credits-balance__unit">
								{ _n(
									'credit available',
									'credits available',
									balance.credits,
									'igny8'
								) }
							</span>
						</p>
					</>
				) }
			</CardBody>
		</Card>
	);
}
