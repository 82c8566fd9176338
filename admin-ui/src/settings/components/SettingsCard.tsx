/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, CardHeader } from '@wordpress/components';
import { useState } from '@wordpress/element';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import { ScreenNoticeView } from '../../shared/Notices';
import type { ScreenNotice } from '../../shared/types';

/** One Settings section: a titled card whose notice sits above its content. */
export function SettingsCard( {
	title,
	notice,
	onDismissNotice,
	children,
}: {
	title: string;
	notice: ScreenNotice | null;
	onDismissNotice: () => void;
	children: ReactNode;
} ) {
	return (
		<Card>
			<CardHeader>
				<h2 className="igny8-card-title">{ title }</h2>
			</CardHeader>
			<CardBody>
				{ notice && (
					<ScreenNoticeView
						notice={ notice }
						onRemove={ onDismissNotice }
					/>
				) }
				{ children }
			</CardBody>
		</Card>
	);
}

/** The primary submit button of a section's form, busy while it saves; `after` joins its row. */
export function SaveButton( {
	saving,
	children,
	after,
}: {
	saving: boolean;
	children: ReactNode;
	after?: ReactNode;
} ) {
	return (
		<div className="igny8-actions">
			<Button
				__next40pxDefaultSize
				variant="primary"
				type="submit"
				isBusy={ saving }
				disabled={ saving }
			>
				{ children }
			</Button>
			{ after }
		</div>
	);
}

/**
 * A section's save: busy while `work` runs, its failure shown as a notice
 * (what was typed stays in the form, since only `work` changes state).
 */
export function useSaving() {
	const [ saving, setSaving ] = useState( false );
	const [ notice, setNotice ] = useState< ScreenNotice | null >( null );
	const save = async ( work: () => Promise< void > ): Promise< void > => {
		setSaving( true );
		setNotice( null );
		try {
			await work();
		} catch ( error ) {
			setNotice( errorToNotice( error ) );
		} finally {
			setSaving( false );
		}
	};
	return { saving, notice, setNotice, save };
}
