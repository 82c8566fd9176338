/**
 * WordPress dependencies
 */
import { Button } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { usePostContext } from '../hooks/use-context';
import { fetchPrice } from '../lib/api';
import { currentPrice, mustAsk, type PricedFor } from '../lib/price-gate';
import type { EditorScope } from '../lib/types';
import { ConfirmLiveChange } from './ConfirmLiveChange';

interface Props {
	postId: number;
	scope: EditorScope | 'featured_image';
	/** Rewrite: characters selected (the price follows the length). */
	chars?: number;
	label: string;
	variant?: 'primary' | 'secondary';
	className?: string;
	isBusy: boolean;
	disabled: boolean;
	onRun: () => void;
}

/** "N credits" of a price, for a button and its confirm. */
export function creditsText( credits: number ): string {
	return sprintf(
		/* translators: %d: credits */
		_n( '%d credit', '%d credits', credits, 'igny8' ),
		credits
	);
}

/**
 * An AI button that shows what it costs before it is pressed (the cloud's own estimate for this
 * post), and asks first when that is more than the site's "ask above" setting.
 */
export function PricedButton( props: Props ) {
	const { postId, scope, chars = 0 } = props;
	const [ priced, setPriced ] = useState< PricedFor | null >( null );
	const [ asking, setAsking ] = useState( false );
	// A site that is not connected has no prices to ask for (the cloud would answer 409).
	const connected = usePostContext( postId ).context?.connected === true;

	useEffect( () => {
		if ( ! connected ) {
			return undefined;
		}
		let current = true;
		// A rewrite's selection changes as the author clicks around: price it once they pause.
		const timer = setTimeout(
			() =>
				fetchPrice( postId, scope, chars ).then(
					( answer ) =>
						current && setPriced( { chars, price: answer } ),
					() => current && setPriced( null )
				),
			scope === 'rewrite' ? 400 : 0
		);
		return () => {
			current = false;
			clearTimeout( timer );
		};
	}, [ connected, postId, scope, chars ] );

	// Only the price of what is selected now counts. Clicked before it is known (still loading,
	// or a rewrite's selection changed), the price is read first; if it cannot be, the button asks.
	const price = currentPrice( priced, chars );
	const [ pricing, setPricing ] = useState( false );
	const decide = ( known: PricedFor | null ) => {
		if ( mustAsk( connected, known, chars ) ) {
			setAsking( true );
			return;
		}
		props.onRun();
	};
	const click = () => {
		if ( ! connected || price ) {
			decide( priced );
			return;
		}
		setPricing( true );
		fetchPrice( postId, scope, chars )
			.then(
				( answer ) => {
					const known = { chars, price: answer };
					setPriced( known );
					decide( known );
				},
				() => decide( null )
			)
			.finally( () => setPricing( false ) );
	};

	return (
		<>
			<Button
				variant={ props.variant ?? 'secondary' }
				className={ props.className }
				onClick={ click }
				isBusy={ props.isBusy || pricing }
				disabled={ props.disabled || pricing }
			>
				{ props.label }
				{ price && (
					<span className="igny8-price" data-testid="igny8-price">
						{ sprintf(
							/* translators: %s: the price, e.g. "2 credits" */
							__( '(%s)', 'igny8' ),
							creditsText( price.credits )
						) }
					</span>
				) }
			</Button>
			{ asking && (
				<ConfirmLiveChange
					title={ __( 'Spend credits?', 'igny8' ) }
					text={
						price
							? sprintf(
									/* translators: 1: the action, 2: its price, e.g. "5 credits", 3: the balance */
									__(
										'%1$s costs up to %2$s. Your balance is %3$d. Unused credits come back when it finishes.',
										'igny8'
									),
									props.label,
									creditsText( price.credits ),
									price.balance
								)
							: sprintf(
									/* translators: %s: the action */
									__(
										'The price of %s is not known yet (it is still being read, or the cloud did not answer). It is charged from your balance; unused credits come back when it finishes.',
										'igny8'
									),
									props.label
								)
					}
					confirmLabel={ __( 'Run it', 'igny8' ) }
					onConfirm={ () => {
						setAsking( false );
						props.onRun();
					} }
					onCancel={ () => setAsking( false ) }
				/>
			) }
		</>
	);
}
