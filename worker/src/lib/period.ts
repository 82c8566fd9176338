/**
 * Billing periods are calendar months in UTC: the monthly allowance is granted once
 * per period, and per-site caps count the credits a site used within the period.
 */

/** "YYYY-MM" of the month containing `now` (UTC). */
export function periodOf( now: number ): string {
	return new Date( now ).toISOString().slice( 0, 7 );
}

/** Milliseconds at 00:00 UTC on the first day of the month containing `now`. */
export function periodStart( now: number ): number {
	const date = new Date( now );
	return Date.UTC( date.getUTCFullYear(), date.getUTCMonth(), 1 );
}
