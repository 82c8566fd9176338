/**
 * Accessibility check of a rendered screen with axe-core (run inside the page),
 * limited to a root element so WordPress's own admin chrome is not judged.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

const AXE = resolve( __dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js' );

interface Violation {
	id: string;
	impact: string | null;
	help: string;
	nodes: Array< { target: string[] } >;
}

/** Serious and critical axe violations inside `selector`, as "rule: help (targets)" lines. */
export async function seriousA11yViolations( page: Page, selector: string ): Promise< string[] > {
	await page.addScriptTag( { path: AXE } );
	const violations = await page.evaluate( async ( root ) => {
		const axe = ( window as unknown as { axe: { run: ( context: object, options: object ) => Promise< { violations: Violation[] } > } } ).axe;
		// WordPress's own Snackbar nests its action button inside a button-like notice: a core
		// component's issue, not the screen's, so snackbars are left out.
		const result = await axe.run( { include: [ root ], exclude: [ '.components-snackbar' ] }, { resultTypes: [ 'violations' ] } );
		return result.violations;
	}, selector );
	return violations
		.filter( ( v ) => v.impact === 'serious' || v.impact === 'critical' )
		.map( ( v ) => `${ v.id }: ${ v.help } (${ v.nodes.map( ( n ) => n.target.join( ' ' ) ).join( ', ' ) })` );
}
