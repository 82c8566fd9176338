/**
 * WordPress dependencies
 */
import { TextControl } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { CollectionName, Item } from '../../shared/store/types';
import { FormActions, ModalForm } from './FormActions';

/**
 * Inline edit of one text field (a DataViews action's RenderModal). Saved
 * optimistically; on error the old value comes back and the typed text stays here.
 */
export function RenameModal( {
	name,
	item,
	field,
	label,
	closeModal,
}: {
	name: CollectionName;
	item: Item;
	field: string;
	label: string;
	closeModal?: () => void;
} ) {
	const [ value, setValue ] = useState( String( item[ field ] ?? '' ) );
	const [ saving, setSaving ] = useState( false );
	const { saveItem } = useDispatch( store );
	const notices = useScreenNotices();

	const save = async () => {
		setSaving( true );
		try {
			await saveItem( name, item.id, { [ field ]: value.trim() } );
			closeModal?.();
		} catch ( error ) {
			notices.showError( error );
			setSaving( false );
		}
	};

	return (
		<ModalForm onSubmit={ save }>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ label }
				value={ value }
				onChange={ setValue }
				required
			/>
			<FormActions
				submitLabel={ __( 'Save', 'igny8' ) }
				saving={ saving }
				disabled={ ! value.trim() }
				onCancel={ closeModal }
			/>
		</ModalForm>
	);
}
