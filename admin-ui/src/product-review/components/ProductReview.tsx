/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { Button } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import type { ProductChange, ProductReviewInitialState } from '../types';

const NOTICE_ID = 'igny8-product-review';

/**
 * A published product's proposed copy beside its current copy, with Accept and
 * Reject (the pending-change routes, which check edit_post). An accepted change
 * reloads the screen: the classic editor's form still holds the old copy, and
 * saving it would write that back over the new one.
 */
export function ProductReview( {
	initialState,
}: {
	initialState: ProductReviewInitialState;
} ) {
	const [ changes, setChanges ] = useState( initialState.changes );
	const [ busy, setBusy ] = useState< string | null >( null );
	const notices = useScreenNotices();

	const decide = async (
		change: ProductChange,
		decision: 'accept' | 'discard'
	) => {
		setBusy( change.id );
		notices.remove( NOTICE_ID );
		try {
			await apiFetch( {
				path: `/igny8/v1/editor/pending-changes/${ decision }`,
				method: 'POST',
				data: { post_id: initialState.postId, id: change.id },
			} );
		} catch ( error ) {
			notices.showError( error, undefined, NOTICE_ID );
			setBusy( null );
			return;
		}
		if ( decision === 'accept' ) {
			notices.show(
				{
					status: 'success',
					message: __(
						'Accepted: the product has its new description.',
						'igny8'
					),
					nextStep: __(
						'The page reloads to show it in the editor.',
						'igny8'
					),
				},
				NOTICE_ID
			);
			window.location.reload();
			return;
		}
		notices.show(
			{
				status: 'success',
				message: __(
					'Rejected: the product keeps its description.',
					'igny8'
				),
			},
			NOTICE_ID
		);
		setChanges( ( list ) =>
			list.filter( ( item ) => item.id !== change.id )
		);
		setBusy( null );
	};

	return (
		<div className="igny8-product-review">
			<ScreenNotices />
			{ changes.length === 0 && (
				<p>{ __( 'No change waits for review.', 'igny8' ) }</p>
			) }
			{ changes.map( ( change ) => (
				<section
					key={ change.id }
					className="igny8-product-review__change"
					aria-label={ change.summary }
				>
					<p>
						<strong>{ change.summary }</strong>
					</p>
					{ change.description !== null && (
						<Compare
							title={ __( 'Description', 'igny8' ) }
							current={ initialState.description }
							proposed={ change.description }
						/>
					) }
					{ change.shortDescription !== null && (
						<Compare
							title={ __( 'Short description', 'igny8' ) }
							current={ initialState.shortDescription }
							proposed={ change.shortDescription }
						/>
					) }
					<div className="igny8-product-review__actions">
						<Button
							variant="primary"
							isBusy={ busy === change.id }
							disabled={ busy !== null }
							accessibleWhenDisabled
							onClick={ () => decide( change, 'accept' ) }
						>
							{ __( 'Accept', 'igny8' ) }
						</Button>
						<Button
							variant="secondary"
							disabled={ busy !== null }
							accessibleWhenDisabled
							onClick={ () => decide( change, 'discard' ) }
						>
							{ __( 'Reject', 'igny8' ) }
						</Button>
					</div>
				</section>
			) ) }
		</div>
	);
}

function Compare( {
	title,
	current,
	proposed,
}: {
	title: string;
	current: string;
	proposed: string;
} ) {
	return (
		<>
			<h3>{ title }</h3>
			<div className="igny8-product-review__columns">
				<div>
					<h4>{ __( 'Now', 'igny8' ) }</h4>
					<p className="igny8-product-review__text">
						{ current === '' ? __( '(empty)', 'igny8' ) : current }
					</p>
				</div>
				<div>
					<h4>{ __( 'Proposed', 'igny8' ) }</h4>
					<p className="igny8-product-review__text">{ proposed }</p>
				</div>
			</div>
		</>
	);
}
