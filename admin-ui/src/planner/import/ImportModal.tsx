/**
 * CSV import: upload → preview of the first rows → column mapping → progress →
 * result with a downloadable report of the rejected rows. On any error the
 * chosen file and the mapping stay as they were, with a notice saying why.
 *
 * WordPress dependencies
 */
import { Button, Modal, ProgressBar } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, _n, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { errorToNotice } from '../../shared/errors';
import {
	ScreenNoticeView,
	ScreenNotices,
	useScreenNotices,
} from '../../shared/screen-notices';
import { formatNumber } from '../../shared/format';
import { store } from '../../shared/store';
import { reportLink, runImport, saveMapping, uploadFile } from './api';
import { MappingFields } from './MappingFields';
import { PreviewTable } from './PreviewTable';
import type { ImportMapping, ImportSession } from './types';

/** The modal's own notices (and the slot of its one notice). */
const NOTICES = 'igny8/import';

type Step = 'choose' | 'mapping' | 'running' | 'done';

export function ImportModal( {
	restRoot,
	nonce,
	onClose,
}: {
	restRoot: string;
	nonce: string;
	onClose: () => void;
} ) {
	const [ step, setStep ] = useState< Step >( 'choose' );
	const [ file, setFile ] = useState< File | null >( null );
	const [ session, setSession ] = useState< ImportSession | null >( null );
	const [ mapping, setMapping ] = useState< ImportMapping | null >( null );
	const [ busy, setBusy ] = useState( false );
	const { invalidateCollection } = useDispatch( store );
	const notices = useScreenNotices( NOTICES );
	const clearNotice = () => notices.remove( NOTICES );

	const fail = ( error: unknown, nextStep: string ) => {
		const next = errorToNotice( error );
		next.nextStep = next.nextStep ?? nextStep;
		notices.show( next, NOTICES );
	};

	const upload = async () => {
		if ( ! file ) {
			return;
		}
		setBusy( true );
		clearNotice();
		try {
			const uploaded = await uploadFile( file );
			setSession( uploaded );
			setMapping( uploaded.mapping );
			setStep( 'mapping' );
		} catch ( error ) {
			fail(
				error,
				__(
					'Check that the file is a CSV, TSV or XLSX export with one keyword per row, then upload it again.',
					'igny8'
				)
			);
		} finally {
			setBusy( false );
		}
	};

	const applyMapping = async () => {
		if ( ! session || ! mapping ) {
			return null;
		}
		setBusy( true );
		clearNotice();
		try {
			const updated = await saveMapping( session.id, mapping );
			setSession( updated );
			return updated;
		} catch ( error ) {
			fail(
				error,
				__(
					'Choose another column for the keyword; your other choices are kept.',
					'igny8'
				)
			);
			return null;
		} finally {
			setBusy( false );
		}
	};

	const run = async () => {
		const mapped = await applyMapping();
		if ( ! mapped ) {
			return;
		}
		setStep( 'running' );
		let current = mapped;
		try {
			while ( current.status !== 'completed' ) {
				current = await runImport( current.id );
				setSession( current );
			}
			setStep( 'done' );
			invalidateCollection( 'keywords' );
		} catch ( error ) {
			invalidateCollection( 'keywords' );
			fail(
				error,
				__(
					'The rows imported so far are kept. Choose Import again to resume where it stopped.',
					'igny8'
				)
			);
			setStep( 'mapping' );
		}
	};

	return (
		<Modal
			title={ __( 'Import keywords', 'igny8' ) }
			onRequestClose={ onClose }
			className="igny8-import"
			size="large"
			shouldCloseOnClickOutside={ false }
		>
			<ScreenNotices context={ NOTICES } />

			{ step === 'choose' && (
				<div className="igny8-form">
					<p className="igny8-help">
						{ __(
							'A CSV, TSV or XLSX file with one keyword per row; exports from Ahrefs, Semrush and Google Keyword Planner are recognised. You will see the first rows and the column mapping before anything is imported.',
							'igny8'
						) }
					</p>
					<label htmlFor="igny8-import-file">
						{ __( 'Keyword file', 'igny8' ) }
					</label>
					<input
						id="igny8-import-file"
						type="file"
						accept=".csv,.tsv,.txt,.xlsx,text/csv"
						onChange={ ( event ) =>
							setFile( event.target.files?.[ 0 ] ?? null )
						}
					/>
					{ file && (
						<p>
							{ sprintf(
								/* translators: %s: file name */ __(
									'Chosen: %s',
									'igny8'
								),
								file.name
							) }
						</p>
					) }
					<div className="igny8-actions igny8-actions--end">
						<Button variant="tertiary" onClick={ onClose }>
							{ __( 'Cancel', 'igny8' ) }
						</Button>
						<Button
							variant="primary"
							onClick={ upload }
							isBusy={ busy }
							disabled={ ! file || busy }
							accessibleWhenDisabled
						>
							{ __( 'Upload and preview', 'igny8' ) }
						</Button>
					</div>
				</div>
			) }

			{ step === 'mapping' && session && mapping && (
				<div className="igny8-form">
					<p>
						{ sprintf(
							/* translators: 1: file name, 2: detected format */
							__(
								'%1$s — detected format: %2$s. Check which column holds what; the preview below shows how the first rows will be read.',
								'igny8'
							),
							session.file_name,
							session.format
						) }
					</p>
					<MappingFields
						columns={ session.columns }
						mapping={ mapping }
						onChange={ setMapping }
					/>
					<div className="igny8-actions">
						<Button
							variant="secondary"
							onClick={ applyMapping }
							isBusy={ busy }
							disabled={ busy }
							accessibleWhenDisabled
						>
							{ __( 'Update preview', 'igny8' ) }
						</Button>
					</div>
					<PreviewTable session={ session } />
					<div className="igny8-actions igny8-actions--end">
						<Button variant="tertiary" onClick={ onClose }>
							{ __( 'Cancel', 'igny8' ) }
						</Button>
						<Button
							variant="primary"
							onClick={ run }
							disabled={ busy || mapping.keyword === null }
							accessibleWhenDisabled
						>
							{ __( 'Import', 'igny8' ) }
						</Button>
					</div>
				</div>
			) }

			{ step === 'running' && session && (
				<div
					className="igny8-job-progress"
					role="status"
					aria-live="polite"
				>
					<p className="igny8-job-progress__label">
						{ sprintf(
							/* translators: 1: percent done, 2: rows imported, 3: rows rejected */
							__(
								'Importing… %1$d%% — %2$s imported, %3$s rejected',
								'igny8'
							),
							session.progress,
							formatNumber( session.imported ),
							formatNumber( session.failed )
						) }
					</p>
					<ProgressBar value={ session.progress } />
				</div>
			) }

			{ step === 'done' && session && (
				<div className="igny8-form">
					<ScreenNoticeView
						notice={ {
							status: session.failed > 0 ? 'warning' : 'success',
							message: sprintf(
								/* translators: 1: "3 keywords imported", 2: "1 duplicate merged", 3: "0 rows rejected" */
								__(
									'Import finished: %1$s, %2$s, %3$s.',
									'igny8'
								),
								sprintf(
									/* translators: %s: number of keywords */
									_n(
										'%s keyword imported',
										'%s keywords imported',
										session.imported,
										'igny8'
									),
									formatNumber( session.imported )
								),
								sprintf(
									/* translators: %s: number of duplicates */
									_n(
										'%s duplicate merged',
										'%s duplicates merged',
										session.merged,
										'igny8'
									),
									formatNumber( session.merged )
								),
								sprintf(
									/* translators: %s: number of rows */
									_n(
										'%s row rejected',
										'%s rows rejected',
										session.failed,
										'igny8'
									),
									formatNumber( session.failed )
								)
							),
							nextStep: __(
								'Next: select keywords in the table and choose Auto cluster.',
								'igny8'
							),
						} }
					/>
					<div className="igny8-actions igny8-actions--end">
						{ session.failed > 0 && (
							<Button
								variant="secondary"
								href={ reportLink(
									restRoot,
									session.id,
									nonce
								) }
								download="igny8-import-errors.csv"
							>
								{ __(
									'Download rejected rows (CSV)',
									'igny8'
								) }
							</Button>
						) }
						<Button variant="primary" onClick={ onClose }>
							{ __( 'Done', 'igny8' ) }
						</Button>
					</div>
				</div>
			) }
		</Modal>
	);
}
