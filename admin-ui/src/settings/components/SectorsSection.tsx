/**
 * WordPress dependencies
 */
import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Spinner,
	TextControl,
} from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';

/**
 * Internal dependencies
 */
import { store } from '../../shared/store';
import type { Sector } from '../../shared/store/types';
import { useCollection } from '../../shared/use-collection';
import { useConfirmDelete } from '../../shared/use-confirm-delete';
import { IndustryPicker } from './IndustryPicker';
import { errorToNotice } from '../../shared/errors';
import {
	ScreenNoticeView,
	ScreenNotices,
	useScreenNotices,
} from '../../shared/screen-notices';
import type { ScreenNotice } from '../../shared/types';

const QUERY = { per_page: 100, orderby: 'name', order: 'asc' };
const NOTICES = 'igny8/settings-sectors';

/**
 * The site's sectors (topics the Planner groups keywords by): list, add, and
 * delete with confirmation and undo.
 */
export function SectorsSection() {
	const { items, isLoading, error } = useCollection< Sector >(
		'sectors',
		QUERY
	);
	const { createItem } = useDispatch( store );
	const [ name, setName ] = useState( '' );
	const [ saving, setSaving ] = useState( false );
	const section = useScreenNotices( NOTICES );
	const setNotice = ( notice: ScreenNotice | null ) =>
		section.set( NOTICES, notice );
	const del = useConfirmDelete( 'sectors', {
		count: ( n ) =>
			/* translators: %d: number of sectors. */
			sprintf( _n( '%d sector', '%d sectors', n, 'igny8' ), n ),
	} );

	const submit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( name.trim() === '' ) {
			setNotice( {
				status: 'error',
				message: __( 'The sector name is empty.', 'igny8' ),
				nextStep: __(
					'Type a name such as “Gardening”, then add it.',
					'igny8'
				),
			} );
			return;
		}
		setSaving( true );
		setNotice( null );
		try {
			await createItem( 'sectors', { name: name.trim() } );
			setName( '' );
		} catch ( failure ) {
			setNotice( errorToNotice( failure ) );
		} finally {
			setSaving( false );
		}
	};

	return (
		<Card>
			<CardHeader>
				<h2 className="igny8-card-title">
					{ __( 'Sectors', 'igny8' ) }
				</h2>
			</CardHeader>
			<CardBody>
				<IndustryPicker sectors={ items } />
				<ScreenNotices context={ NOTICES } />
				{ !! error && (
					<ScreenNoticeView notice={ errorToNotice( error ) } />
				) }
				{ isLoading && items.length === 0 && <Spinner /> }
				{ ! isLoading && ! error && items.length === 0 && (
					<p className="igny8-help igny8-empty">
						{ __(
							'No sectors yet. Add the topics your site covers; the Planner groups keywords by them.',
							'igny8'
						) }
					</p>
				) }
				{ items.length > 0 && (
					<ul className="igny8-sectors">
						{ items.map( ( sector ) => (
							<li key={ sector.id }>
								<span>{ sector.name }</span>
								<Button
									variant="link"
									isDestructive
									onClick={ () => del.request( [ sector ] ) }
									label={ sprintf(
										/* translators: %s: sector name. */
										__( 'Delete sector “%s”', 'igny8' ),
										sector.name
									) }
								>
									{ __( 'Delete', 'igny8' ) }
								</Button>
							</li>
						) ) }
					</ul>
				) }
				<form
					className="igny8-form igny8-inline-form"
					onSubmit={ submit }
					noValidate
				>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'New sector', 'igny8' ) }
						value={ name }
						onChange={ setName }
					/>
					<div className="igny8-actions">
						<Button
							__next40pxDefaultSize
							variant="secondary"
							type="submit"
							isBusy={ saving }
							disabled={ saving }
						>
							{ __( 'Add sector', 'igny8' ) }
						</Button>
					</div>
				</form>
				{ del.dialog }
			</CardBody>
		</Card>
	);
}
