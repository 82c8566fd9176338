/**
 * WordPress dependencies
 */
import {
	Button,
	__experimentalConfirmDialog as ConfirmDialog,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useCallback, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { ScreenNotices, useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { Strategy } from '../../shared/store/types';
import { EMPTY_STRATEGY_FORM, strategyForm } from '../strategy-form';
import type { StrategyFormValues } from '../strategy-form';
import type { StrategiesState } from '../types';
import { StrategiesTable } from './StrategiesTable';
import { StrategyModal } from './StrategyModal';

/** The open form: its starting values and the strategy it edits (null: a new one). */
interface OpenForm {
	initial: StrategyFormValues;
	editing: Strategy | null;
}

/**
 * IGNY8 → Strategies: list, create, edit, duplicate, make default and delete
 * (with confirmation) the site's writing strategies.
 */
export function StrategiesApp( { state }: { state: StrategiesState } ) {
	const notices = useScreenNotices();
	const [ open, setOpen ] = useState< OpenForm | null >( null );
	const [ confirming, setConfirming ] = useState< Strategy | null >( null );
	const { saveItem, deleteItems, invalidateCollection } =
		useDispatch( store );

	const onEdit = useCallback(
		( strategy: Strategy ) =>
			setOpen( { initial: strategyForm( strategy ), editing: strategy } ),
		[]
	);
	const onDuplicate = useCallback(
		( strategy: Strategy ) =>
			setOpen( {
				initial: strategyForm( strategy, true ),
				editing: null,
			} ),
		[]
	);
	const onMakeDefault = useCallback(
		async ( strategy: Strategy ) => {
			try {
				await saveItem( 'strategies', strategy.id, {
					is_default: true,
				} );
				// The former default changed too: read the list again.
				invalidateCollection( 'strategies' );
				notices.snackbar(
					sprintf(
						/* translators: %s: strategy name */
						__( '“%s” is now the default strategy.', 'igny8' ),
						strategy.name
					)
				);
			} catch ( error ) {
				notices.showError( error );
			}
		},
		[ saveItem, invalidateCollection, notices ]
	);

	const remove = async ( strategy: Strategy ) => {
		setConfirming( null );
		try {
			await deleteItems( 'strategies', [ strategy.id ] );
			notices.snackbar(
				sprintf(
					/* translators: %s: strategy name */
					__( 'Deleted strategy “%s”.', 'igny8' ),
					strategy.name
				)
			);
		} catch ( error ) {
			notices.showError( error );
		}
	};

	return (
		<div className="igny8-strategies">
			<ScreenNotices />
			<p className="description">
				{ __(
					'A strategy is a reusable set of writing choices: length, structure, tone, images, FAQ, key takeaways and internal links. Tasks and automation rules pick one; the rest use the default.',
					'igny8'
				) }
				{ state.profilesUrl && (
					<>
						{ ' ' }
						<a href={ state.profilesUrl }>
							{ __( 'Manage author profiles', 'igny8' ) }
						</a>
					</>
				) }
			</p>
			<p>
				<Button
					__next40pxDefaultSize
					variant="primary"
					onClick={ () =>
						setOpen( {
							initial: EMPTY_STRATEGY_FORM,
							editing: null,
						} )
					}
				>
					{ __( 'Add strategy', 'igny8' ) }
				</Button>
			</p>
			<StrategiesTable
				onEdit={ onEdit }
				onDuplicate={ onDuplicate }
				onMakeDefault={ onMakeDefault }
				onDelete={ setConfirming }
			/>
			{ open && (
				<StrategyModal
					initial={ open.initial }
					editing={ open.editing }
					onClose={ () => setOpen( null ) }
				/>
			) }
			{ confirming && (
				<ConfirmDialog
					isOpen
					onConfirm={ () => remove( confirming ) }
					onCancel={ () => setConfirming( null ) }
					confirmButtonText={ __( 'Delete', 'igny8' ) }
				>
					{ sprintf(
						/* translators: %s: strategy name */
						__( 'Delete the strategy “%s”?', 'igny8' ),
						confirming.name
					) }
				</ConfirmDialog>
			) }
		</div>
	);
}
