/**
 * WordPress dependencies
 */
import { Button, Card, CardBody, CardHeader } from '@wordpress/components';
import { useCallback, useState } from '@wordpress/element';
import type { ReactNode } from 'react';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import {
	ScreenNoticeView,
	ScreenNotices,
	useScreenNotices,
} from '../../shared/screen-notices';
import type { ScreenNotice } from '../../shared/types';

/**
 * One Settings section: a titled card whose notices (its own `context`, see useSaving) sit
 * above its content, after the error that kept it from loading, if any.
 */
export function SettingsCard( {
	title,
	context,
	loadError = null,
	children,
}: {
	title: string;
	context: string;
	loadError?: ScreenNotice | null;
	children: ReactNode;
} ) {
	return (
		<Card>
			<CardHeader>
				<h2 className="igny8-card-title">{ title }</h2>
			</CardHeader>
			<CardBody>
				{ loadError && <ScreenNoticeView notice={ loadError } /> }
				<ScreenNotices context={ context } />
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
 * A section's save: busy while `work` runs, its failure shown as a notice in the section's
 * `context` (what was typed stays in the form, since only `work` changes state). `notify`
 * replaces the section's one notice (null removes it).
 */
export function useSaving( context: string ) {
	const [ saving, setSaving ] = useState( false );
	const notices = useScreenNotices( context );
	const notify = useCallback(
		( notice: ScreenNotice | null ): void => notices.set( context, notice ),
		[ notices, context ]
	);
	const save = async ( work: () => Promise< void > ): Promise< void > => {
		setSaving( true );
		notify( null );
		try {
			await work();
		} catch ( error ) {
			notify( errorToNotice( error ) );
		} finally {
			setSaving( false );
		}
	};
	return { saving, notify, save };
}
