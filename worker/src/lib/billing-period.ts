/**
 * The one proration rule of subscriptions. Stripe bills monthly plans per calendar month from the
 * subscription's start (anniversary billing). A plan change within a period is paid at once, prorated
 * by Stripe, and grants the difference in allowance for the rest of that period:
 *
 *   credits = ⌊ Σ over the invoice's proration lines  ±monthly credits of the line's plan × (line end − line start) ÷ (period end − same day a month earlier) ⌋
 *
 * (a line for unused time on the old plan counts negative). Never below 0: a downgrade takes nothing back.
 */

/** The same day of the previous month (UTC; clamped to the month's last day), as Stripe's monthly periods run. */
export function monthBefore( seconds: number ): number {
	const date = new Date( seconds * 1000 );
	const day = date.getUTCDate();
	date.setUTCDate( 1 );
	date.setUTCMonth( date.getUTCMonth() - 1 );
	const last = new Date( Date.UTC( date.getUTCFullYear(), date.getUTCMonth() + 1, 0 ) ).getUTCDate();
	date.setUTCDate( Math.min( day, last ) );
	return Math.floor( date.getTime() / 1000 );
}

export interface ProrationLine {
	/** Sign of the line's amount: unused time on the old plan is negative. */
	amount: number;
	start: number;
	end: number;
	monthlyCredits: number;
}

/** Allowance credits a paid proration invoice grants (see the rule above). */
export function prorationCredits( lines: ProrationLine[] ): number {
	let total = 0;
	for ( const line of lines ) {
		const length = line.end - monthBefore( line.end );
		if ( length <= 0 || line.end <= line.start ) continue;
		const fraction = Math.min( 1, ( line.end - line.start ) / length );
		total += Math.sign( line.amount ) * line.monthlyCredits * fraction;
	}
	// A hair under a whole credit from float rounding still counts as that credit.
	return Math.max( 0, Math.floor( total + 1e-9 ) );
}
