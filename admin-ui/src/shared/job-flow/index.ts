export {
	useJobFlow,
	POLL_INTERVAL_MS,
	type JobRun,
	type JobFlow,
} from './use-job-flow';
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
	isFinal,
} from './progress';
export { actionLabel } from './messages';
export type * from './types';
