export { useJobFlow, type JobRun, type JobFlow } from './use-job-flow';
export {
	useFollowJobs,
	settle,
	POLL_INTERVAL_MS,
	MAX_POLL_FAILURES,
	type FollowCallbacks,
} from './follow';
export {
	fetchEstimate,
	fetchJob,
	startAction,
	readStarted,
	ACTION_ROUTES,
} from './api';
export {
	MAX_RESULT_WAIT_POLLS,
	awaitingResult,
	foldProgress,
	jobPercent,
	jobStep,
	isFinal,
} from './progress';
export { actionLabel } from './messages';
export { ConfirmJobModal, JobProgressBar } from './ui';
export type * from './types';
