/**
 * Whether a model reply is whole enough to use: a refusal (or a content filter stop) is
 * final, a reply cut off by its output budget is worth one more try with a larger one.
 * The messages are what the editor reads on the failed job, so they say what to change.
 */

/** What the core keeps of one chat completion. */
export interface ModelReply {
	content: string;
	refusal: string | null;
	finishReason: string | null;
	tokensOut: number;
}

/** The most output a retry after truncation asks for (current models stop at 16–32k). */
export const MAX_OUTPUT_BUDGET = 32_000;

/** The budget for the one retry of a cut-off reply; null when no larger one is possible. */
export function largerBudget( budget: number | undefined ): number | null {
	if ( budget === undefined || budget >= MAX_OUTPUT_BUDGET ) return null;
	return Math.min( MAX_OUTPUT_BUDGET, budget * 2 );
}

/** The editor-facing reason a reply was declined, or null when it was not. */
function refusalOf( reply: ModelReply ): string | null {
	if ( reply.refusal ) {
		const said = reply.refusal.trim().slice( 0, 500 );
		return `The model refused: ${ said }${ /[.!?]$/.test( said ) ? '' : '.' } Change the title or brief and try again.`;
	}
	if ( reply.finishReason === 'content_filter' ) return 'The model refused: its content filter stopped the reply. Change the title or brief and try again.';
	return null;
}

/** The editor-facing reason for a reply that ran out of output budget. */
function cutOffMessage( reply: ModelReply, budget: number | undefined, retried: boolean, hint = 'shorten the brief or outline' ): string {
	const tokens = reply.tokensOut || budget;
	const at = tokens ? ` at ${ tokens } tokens` : '';
	return `The model's reply was cut off${ at }${ retried ? ' even with a larger budget' : '' }; ${ hint } and try again.`;
}

/** Why `reply` cannot be used (refused, or cut off at `budget`), or null when it is whole. */
export function replyProblem( reply: ModelReply, budget: number | undefined, retried: boolean, hint?: string ): string | null {
	return refusalOf( reply ) ?? ( reply.finishReason === 'length' ? cutOffMessage( reply, budget, retried, hint ) : null );
}
