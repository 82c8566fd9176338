/** The current billing period (calendar month, UTC) as the number of days usageReport() should cover. */
import { periodStart } from '../lib/period';

const DAY_MS = 86_400_000;

/** Days from the first of this month (UTC) up to and including today. */
export const daysThisMonth = ( now = Date.now() ) => Math.floor( ( Math.floor( now / DAY_MS ) * DAY_MS - periodStart( now ) ) / DAY_MS ) + 1;
