/**
 * The first score of the page is what an author opening IGNY8 looks for. Requests that only
 * refresh what is already on screen (the balance, pending changes) wait until it is shown, so
 * their answers and the re-renders they cause do not land between the panel's paint and the
 * score. A page that never shows a score (the panel closed, the score's inputs failing) lets
 * them through after a short wait.
 */

/** How long a waiting request holds back when no score is shown, in ms. */
export const FIRST_SCORE_WAIT_MS = 1500;

export interface FirstScoreGate {
	/** Called when a score is on screen; the first call lets every waiting request go. */
	shown: () => void;
	/** Resolves once a score has been shown, or `wait` ms after the first ask, whichever is first. */
	after: () => Promise< void >;
}

export function createFirstScoreGate(
	wait = FIRST_SCORE_WAIT_MS,
	setTimer: ( task: () => void, ms: number ) => unknown = setTimeout
): FirstScoreGate {
	let open: () => void = () => undefined;
	let timerStarted = false;
	const opened = new Promise< void >( ( resolve ) => {
		open = resolve;
	} );
	return {
		shown: () => open(),
		after: () => {
			if ( ! timerStarted ) {
				timerStarted = true;
				setTimer( () => open(), wait );
			}
			return opened;
		},
	};
}

/** The editor page's gate. */
export const firstScore = createFirstScoreGate();
