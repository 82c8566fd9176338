/**
 * WordPress dependencies
 */
import { Card, CardBody, CardHeader } from '@wordpress/components';
import { useDispatch } from '@wordpress/data';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import {
	EMPTY_FORM,
	formSignature,
	loadActiveJob,
	loadCreatedTask,
	loadForm,
	parseKeywords,
	saveActiveJob,
	saveCreatedTask,
	saveForm,
	sessionStore,
} from '../draft';
import { errorToNotice } from '../../shared/errors';
import {
	ConfirmJobModal,
	JobProgressBar,
	fetchEstimate,
	foldProgress,
	startAction,
	useFollowJobs,
	type Estimate,
} from '../../shared/job-flow';
import { useScreenNotices } from '../../shared/screen-notices';
import { store } from '../../shared/store';
import type { ScreenNotice } from '../../shared/types';
import type {
	ActiveJob,
	CreatedTask,
	DraftForm,
	Job,
	WriterInitialState,
} from '../types';
import {
	completedNotice,
	failedNotice,
	notStartedNotice,
} from '../new-task-notices';
import { WriterForm } from './WriterForm';

/** The price shown before the article is paid for (as the Tasks table's Generate content does). */
interface PendingStart {
	taskId: number;
	title: string;
	estimate: Estimate;
}

/** One notice slot for this card: a new outcome replaces the last one. */
const NOTICE_ID = 'igny8-new-task';

/**
 * "New task": title + brief → task → generate_content job → draft, with live
 * progress. The form is kept in sessionStorage, so it survives errors and reloads.
 */
export function NewTaskCard( {
	initialState,
}: {
	initialState: WriterInitialState;
} ) {
	const storage = sessionStore();
	const [ form, setForm ] = useState< DraftForm >( () =>
		loadForm( storage )
	);
	const [ activeJob, setActiveJob ] = useState< ActiveJob | null >( () =>
		loadActiveJob( storage )
	);
	const [ job, setJob ] = useState< Job | null >( null );
	const [ submitting, setSubmitting ] = useState( false );
	const [ pending, setPending ] = useState< PendingStart | null >( null );
	const [ createdTask, setCreatedTask ] = useState< CreatedTask | null >(
		() => loadCreatedTask( storage )
	);
	const notices = useScreenNotices();
	const setNotice = ( notice: ScreenNotice | null ) =>
		notices.set( NOTICE_ID, notice );
	const errorContext = { settingsUrl: initialState.settingsUrl };
	const { createItem, invalidateCollection } = useDispatch( store );
	// The Tasks table under the form reads again whenever a task changes here.
	const refreshTasks = () => invalidateCollection( 'tasks' );

	const updateForm = ( next: DraftForm ) => {
		setForm( next );
		saveForm( storage, next );
	};

	const rememberTask = ( next: CreatedTask | null ) => {
		setCreatedTask( next );
		saveCreatedTask( storage, next );
	};

	const follow = ( next: ActiveJob | null ) => {
		setActiveJob( next );
		saveActiveJob( storage, next );
	};

	useFollowJobs( activeJob ? [ String( activeJob.jobId ) ] : null, {
		onUpdate: ( [ latest ] ) => setJob( latest ?? null ),
		onFinished: ( [ finished ] ) => {
			if ( ! finished ) {
				return;
			}
			const title = activeJob?.title ?? '';
			follow( null );
			setJob( null );
			refreshTasks();
			if ( finished.status === 'completed' ) {
				rememberTask( null );
				updateForm( { ...EMPTY_FORM } );
				setNotice( completedNotice( finished, title ) );
			} else {
				setNotice( failedNotice( finished ) );
			}
		},
		onGiveUp: ( error ) => {
			follow( null );
			setJob( null );
			const lost = errorToNotice( error, errorContext );
			setNotice( {
				...lost,
				status: 'warning',
				nextStep: __(
					'The screen lost contact with WordPress while the article was being written. The job goes on in the cloud; reload this page in a minute to see it in the Tasks table.',
					'igny8'
				),
			} );
		},
	} );

	const handleGenerate = async () => {
		const title = form.title.trim();
		if ( title === '' ) {
			setNotice( {
				status: 'error',
				message: __( 'The title is empty.', 'igny8' ),
				nextStep: __(
					'Write a working title for the article, then select Generate.',
					'igny8'
				),
			} );
			return;
		}

		setSubmitting( true );
		setNotice( null );
		try {
			// A retry after e.g. "not enough credits" reuses the task it made.
			const signature = formSignature( form );
			let taskId =
				createdTask?.signature === signature ? createdTask.id : 0;
			if ( ! taskId ) {
				const keywords = parseKeywords( form.keywords );
				const task = await createItem( 'tasks', {
					title,
					brief: form.brief.trim(),
					...( keywords.length ? { keywords } : {} ),
					...( form.strategy !== '0'
						? { strategy_id: Number( form.strategy ) }
						: {} ),
				} );
				// Tasks are a plugin table: their ids are numbers.
				taskId = Number( task.id );
				rememberTask( { id: taskId, signature } );
			}

			// The price and the balance first; nothing is reserved until Start.
			const estimate = await fetchEstimate( 'generate_content', [
				taskId,
			] );
			setPending( { taskId, title, estimate } );
		} catch ( error ) {
			setNotice( errorToNotice( error, errorContext ) );
		} finally {
			setSubmitting( false );
			refreshTasks();
		}
	};

	const confirmStart = async () => {
		if ( ! pending ) {
			return;
		}
		setSubmitting( true );
		try {
			const { jobIds } = await startAction( 'generate_content', [
				pending.taskId,
			] );
			const jobId = jobIds[ 0 ];
			if ( ! jobId ) {
				throw {
					code: 'igny8_no_job',
					message: __(
						'WordPress answered, but no job was started for this task.',
						'igny8'
					),
				};
			}
			setJob( null );
			follow( { jobId, taskId: pending.taskId, title: pending.title } );
		} catch ( error ) {
			setNotice( errorToNotice( error, errorContext ) );
		} finally {
			setPending( null );
			setSubmitting( false );
			refreshTasks();
		}
	};

	const declineStart = () => {
		setPending( null );
		setNotice( notStartedNotice() );
	};

	const stopWatching = () => {
		follow( null );
		setJob( null );
		setNotice( {
			status: 'info',
			message: __(
				'The article is still being written in the cloud.',
				'igny8'
			),
			nextStep: __(
				'Its draft appears in the Tasks table when it is ready; reload this page to check.',
				'igny8'
			),
		} );
	};

	const working = submitting || pending !== null || activeJob !== null;

	return (
		<Card>
			<CardHeader>
				<h2 className="igny8-card-title">
					{ __( 'New task', 'igny8' ) }
				</h2>
			</CardHeader>
			<CardBody>
				<WriterForm
					form={ form }
					busy={ working }
					onChange={ updateForm }
					onSubmit={ handleGenerate }
				/>
				{ pending && (
					<ConfirmJobModal
						action="generate_content"
						count={ 1 }
						estimate={ pending.estimate }
						isStarting={ submitting }
						onConfirm={ confirmStart }
						onCancel={ declineStart }
					/>
				) }
				{ activeJob && (
					<JobProgressBar
						action="generate_content"
						progress={ foldProgress( job ? [ job ] : [], 1 ) }
						title={ sprintf(
							/* translators: %s: article title. */
							__( 'Writing “%s”', 'igny8' ),
							activeJob.title
						) }
						onStopWatching={ stopWatching }
					/>
				) }
			</CardBody>
		</Card>
	);
}
