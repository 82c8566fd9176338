/**
 * Watches, from before the page's first byte, whether a table's rows ever blink out once they
 * were painted: after the first row of `container`'s table appeared (printed by PHP or rendered
 * by the app), every DOM change is checked, and any moment without rows, with DataViews' empty or
 * loading notice, or with the app's table busy, is recorded. MutationObserver callbacks run
 * before the browser paints, so a state React committed and replaced in the next frame is caught.
 */
import type { Page } from '@playwright/test';

/** What the probe saw: whether rows appeared at all, and each moment they were gone or loading. */
export interface BlinkRecord {
	painted: boolean;
	blinks: string[];
}

declare global {
	interface Window {
		igny8BlinkProbe?: BlinkRecord;
	}
}

/** Installs the probe on every document the page loads (call before page.goto). */
export async function installBlinkProbe( page: Page, container: string ): Promise<void> {
	await page.addInitScript( ( selector: string ) => {
		const record: BlinkRecord = { painted: false, blinks: [] };
		window.igny8BlinkProbe = record;
		const check = () => {
			const root = document.querySelector( selector );
			const rows = root ? root.querySelectorAll( 'table tbody tr' ).length : 0;
			// The printed placeholder is busy by design; only the app's own table counts as loading.
			const busy = root ? root.querySelector( 'table[aria-busy="true"]:not(.igny8-first-page *)' ) !== null : false;
			const notice = root ? root.querySelector( '.dataviews-no-results, .dataviews-loading' ) !== null : false;
			if ( rows > 0 && ! busy && ! notice ) {
				record.painted = true;
				return;
			}
			if ( record.painted ) {
				record.blinks.push( `${ root ? 'rows' : 'no table' }=${ rows } busy=${ busy } notice=${ notice }` );
			}
		};
		new MutationObserver( check ).observe( document, {
			childList: true,
			subtree: true,
			attributes: true,
			attributeFilter: [ 'aria-busy', 'class' ],
		} );
	}, container );
}

/** What the probe recorded so far on the page. */
export function readBlinkProbe( page: Page ): Promise<BlinkRecord | undefined> {
	return page.evaluate( () => window.igny8BlinkProbe );
}
