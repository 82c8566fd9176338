/**
 * WordPress dependencies
 */
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import { useScreenNotices } from '../../shared/screen-notices';
import { skippedNotice } from '../../shared/skipped-rows';
import { store } from '../../shared/store';
import type { Keyword } from '../../shared/store/types';
import { keywordLabel } from '../labels';
import { sharedSector, type SectorOption } from '../sectors';
import { AssignSelectForm } from './AssignSelectForm';
import { NoSectorsHelp } from './NoSectorsHelp';

/** The modal's own notices (and the slot of its one notice). */
const FORM_NOTICES = 'igny8/set-sector';

/**
 * "Set sector…" on selected keywords (a DataViews action's RenderModal): one
 * bulk_update. On error the choice stays and the modal says why.
 */
export function SetSectorModal( {
	items,
	options,
	settingsUrl,
	closeModal,
	onDone,
}: {
	items: Keyword[];
	options: SectorOption[];
	settingsUrl: string | null;
	closeModal?: () => void;
	onDone: () => void;
} ) {
	const [ value, setValue ] = useState(
		String( sharedSector( items ) ?? 0 )
	);
	const [ saving, setSaving ] = useState( false );
	const { bulkUpdate } = useDispatch( store );
	const notices = useScreenNotices();
	const formNotices = useScreenNotices( FORM_NOTICES );

	const save = async () => {
		setSaving( true );
		formNotices.remove( FORM_NOTICES );
		const sectorId = Number( value ) || null;
		try {
			const result = await bulkUpdate(
				'keywords',
				items.map( ( item ) => item.id ),
				{ sector_id: sectorId }
			);
			notices.set(
				'igny8-sector-skipped',
				skippedNotice( result.skipped, ( row ) =>
					keywordLabel( row, items )
				)
			);
			const name =
				options.find( ( option ) => option.value === ( sectorId ?? 0 ) )
					?.label ?? '';
			notices.snackbar(
				sprintf(
					/* translators: 1: number of keywords, 2: sector name or "No sector" */
					_n(
						'%1$d keyword moved to %2$s.',
						'%1$d keywords moved to %2$s.',
						result.updated,
						'igny8'
					),
					result.updated,
					name
				)
			);
			onDone();
			closeModal?.();
		} catch ( error ) {
			formNotices.show(
				{
					...errorToNotice( error ),
					nextStep: __(
						'Your choice and the selection are kept. Choose another sector, or try again.',
						'igny8'
					),
				},
				FORM_NOTICES
			);
			setSaving( false );
		}
	};

	return (
		<AssignSelectForm
			notices={ FORM_NOTICES }
			label={ __( 'Sector', 'igny8' ) }
			count={ items.length }
			value={ value }
			options={ options }
			onChange={ setValue }
			submitLabel={ __( 'Set sector', 'igny8' ) }
			saving={ saving }
			onSubmit={ save }
			onCancel={ closeModal }
		>
			{ options.length < 2 && (
				<NoSectorsHelp settingsUrl={ settingsUrl } />
			) }
		</AssignSelectForm>
	);
}
