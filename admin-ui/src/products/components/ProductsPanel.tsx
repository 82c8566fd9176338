/**
 * WordPress dependencies
 */
import { Button, Card, CardBody } from '@wordpress/components';
import { useEffect } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useJobFlow } from '../../shared/job-flow';
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import type { ProductsInitialState } from '../types';

/** The bulk action's value (Shop\Products_Panel::BULK_ACTION). */
const BULK_ACTION = 'igny8_rewrite_description';
/** Most products one request names (the action's BATCH). */
const MAX_CHOSEN = 20;

/**
 * One bulk action a shop editor expects above the Products list: write the
 * descriptions of the products that have none. The shared job flow prices the
 * whole run first (one estimate), then starts it and follows it. The list's own
 * row action and bulk action (printed by PHP) rewrite the chosen products
 * through the same flow.
 */
export function ProductsPanel( {
	initialState,
}: {
	initialState: ProductsInitialState;
} ) {
	const flow = useJobFlow();
	const { missing, perRun } = initialState;
	// One run takes the oldest products up to perRun; the next run takes the next ones.
	const thisRun = Math.min( missing, perRun );
	const notices = useScreenNotices();
	const { start } = flow;

	useEffect( () => {
		const rewrite = ( ids: number[] ) => {
			if ( ids.length > MAX_CHOSEN ) {
				notices.show(
					{
						status: 'warning',
						message: sprintf(
							/* translators: %d: most products at once */
							__(
								'IGNY8 rewrites at most %d products at a time.',
								'igny8'
							),
							MAX_CHOSEN
						),
						nextStep: __(
							'Choose fewer products, then apply the bulk action again.',
							'igny8'
						),
					},
					'igny8-products-chosen'
				);
				return;
			}
			notices.remove( 'igny8-products-chosen' );
			start( {
				action: 'generate_product_description',
				ids,
				summary: () =>
					sprintf(
						/* translators: %d: number of products */
						_n(
							'Rewrite the description and short description of %d product from its data. A published product gets a proposal to review; a draft is changed at once.',
							'Rewrite the descriptions and short descriptions of %d products from their data. Published products get a proposal to review; drafts are changed at once.',
							ids.length,
							'igny8'
						),
						ids.length
					),
			} );
		};
		const onClick = ( event: MouseEvent ) => {
			const button = ( event.target as Element | null )?.closest(
				'.igny8-rewrite-product'
			);
			const id = Number(
				button?.getAttribute( 'data-igny8-product' ) ?? 0
			);
			if ( id > 0 ) {
				event.preventDefault();
				rewrite( [ id ] );
			}
		};
		// The list's Bulk actions submit the form; ours is priced here instead.
		const onSubmit = ( event: SubmitEvent ) => {
			const form = event.target as HTMLFormElement | null;
			if ( form?.id !== 'posts-filter' ) {
				return;
			}
			const bottom = event.submitter?.id === 'doaction2';
			const select = form.querySelector< HTMLSelectElement >(
				bottom
					? '#bulk-action-selector-bottom'
					: '#bulk-action-selector-top'
			);
			if ( select?.value !== BULK_ACTION ) {
				return;
			}
			event.preventDefault();
			const ids = Array.from(
				form.querySelectorAll< HTMLInputElement >(
					'input[name="post[]"]:checked'
				)
			).map( ( input ) => Number( input.value ) );
			if ( ids.length === 0 ) {
				notices.show(
					{
						status: 'warning',
						message: __( 'No product is chosen.', 'igny8' ),
						nextStep: __(
							'Tick the products to rewrite, then apply the bulk action again.',
							'igny8'
						),
					},
					'igny8-products-chosen'
				);
				return;
			}
			rewrite( ids );
		};
		document.addEventListener( 'click', onClick );
		document.addEventListener( 'submit', onSubmit );
		return () => {
			document.removeEventListener( 'click', onClick );
			document.removeEventListener( 'submit', onSubmit );
		};
	}, [ start, notices ] );
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
					{ missing > perRun &&
						' ' +
							sprintf(
								/* translators: %d: number of products one run writes */
								__(
									'One run writes the %d oldest; run it again for the next ones.',
									'igny8'
								),
								perRun
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
										thisRun,
										'igny8'
									),
									thisRun
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
