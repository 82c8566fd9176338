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
	JobProgressBar,
	foldProgress,
	startAction,
	useFollowJobs,
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
import { WriterForm } from './WriterForm';

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
				} );
				taskId = task.id;
				rememberTask( { id: taskId, signature } );
			}

			const { jobIds } = await startAction( 'generate_content', [
				taskId,
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
			follow( { jobId, taskId, title } );
		} catch ( error ) {
			setNotice( errorToNotice( error, errorContext ) );
		} finally {
			setSubmitting( false );
			refreshTasks();
		}
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

	const working = submitting || activeJob !== null;

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

function completedNotice( job: Job, title: string ): ScreenNotice {
	const name = job.post?.title || title;
	if ( ! job.post ) {
		return {
			status: 'success',
			message: sprintf(
				/* translators: %s: article title. */
				__( '“%s” was written.', 'igny8' ),
				name
			),
			nextStep: __(
				'The draft is being saved; it will appear under Posts → Drafts in a moment.',
				'igny8'
			),
		};
	}
	return {
		status: 'success',
		message: sprintf(
			/* translators: %s: article title. */
			__( 'Draft ready: “%s”.', 'igny8' ),
			name
		),
		actions: [
			{ label: __( 'Edit draft', 'igny8' ), url: job.post.edit_url },
			{ label: __( 'Preview', 'igny8' ), url: job.post.view_url },
		].filter(
			( action ): action is { label: string; url: string } =>
				action.url !== null
		),
	};
}

function failedNotice( job: Job ): ScreenNotice {
	const reason =
		job.error ||
		( job.status === 'cancelled'
			? __( 'The job was cancelled.', 'igny8' )
			: __( 'The cloud gave no reason.', 'igny8' ) );
	return {
		status: 'error',
		message: sprintf(
			/* translators: %s: why the job failed. */
			__( 'The article could not be written: %s', 'igny8' ),
			reason
		),
		nextStep: __(
			'The credits reserved for it were refunded. Your title and brief are kept: adjust them if needed and select Generate to try again.',
			'igny8'
		),
	};
}
