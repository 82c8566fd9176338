/**
 * WordPress dependencies
 */
import { Button, Card, CardBody } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useJobFlow } from '../../shared/job-flow';
import { ScreenNotices } from '../../shared/screen-notices';
import type { ProductsInitialState } from '../types';

/**
 * One bulk action a shop editor expects above the Products list: write the
 * descriptions of the products that have none. The shared job flow prices the
 * whole run first (one estimate), then starts it and follows it.
 */
export function ProductsPanel( {
	initialState,
}: {
	initialState: ProductsInitialState;
} ) {
	const flow = useJobFlow();
	const { missing } = initialState;
	return (
		<Card className="igny8-products-panel__card" size="small">
			<CardBody>
				<ScreenNotices />
				<p>
					{ missing > 0
						? sprintf(
								/* translators: %d: number of products */
								_n(
									'IGNY8: %d product has no description yet.',
									'IGNY8: %d products have no description yet.',
									missing,
									'igny8'
								),
								missing
							)
						: __(
								'IGNY8: every product you can edit has a description.',
								'igny8'
							) }
				</p>
				<Button
					variant="secondary"
					disabled={ missing === 0 || flow.isBusy }
					accessibleWhenDisabled
					onClick={ () =>
						flow.start( {
							action: 'generate_product_description',
							ids: [],
							extra: { all: true },
							summary: () =>
								sprintf(
									/* translators: %d: number of products */
									_n(
										'Write the description and short description of %d product that has none. A published product gets a proposal to review; a draft is changed at once.',
										'Write the descriptions and short descriptions of %d products that have none. Published products get a proposal to review; drafts are changed at once.',
										missing,
										'igny8'
									),
									missing
								),
						} )
					}
				>
					{ __(
						'Write descriptions for products that have none',
						'igny8'
					) }
				</Button>
				{ flow.ui }
			</CardBody>
		</Card>
	);
}
