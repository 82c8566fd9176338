/**
 * Accessibility check of a rendered screen with axe-core (run inside the page),
 * limited to a root element so WordPress's own admin chrome is not judged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';

const AXE_SOURCE = readFileSync( resolve( __dirname, '..', '..', 'node_modules', 'axe-core', 'axe.min.js' ), 'utf8' );

/** axe-core's tags for WCAG 2.1 level AA. */
export const WCAG21_AA = [ 'wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa' ];

interface Violation {
	id: string;
	impact: string | null;
	help: string;
	nodes: Array< { target: string[] } >;
}

/**
 * Serious and critical axe violations inside `selector` (only the rules of `tags` when given),
 * as "rule: help (targets)" lines. A frame (the block editor's canvas) is judged on its own.
 */
export async function seriousA11yViolations( page: Page | Frame, selector: string, tags?: string[] ): Promise< string[] > {
	// Evaluated, not added as a script tag: the portal's Content-Security-Policy allows no other script.
	await page.evaluate( AXE_SOURCE );
	const violations = await page.evaluate( async ( { root, only } ) => {
		const axe = ( window as unknown as { axe: { run: ( context: object, options: object ) => Promise< { violations: Violation[] } > } } ).axe;
		// WordPress's own Snackbar nests its action button inside a button-like notice: a core
		// component's issue, not the screen's, so snackbars are left out.
		const options = only ? { resultTypes: [ 'violations' ], runOnly: { type: 'tag', values: only } } : { resultTypes: [ 'violations' ] };
		const result = await axe.run( { include: [ root ], exclude: [ '.components-snackbar' ] }, options );
		return result.violations;
	}, { root: selector, only: tags ?? null } );
	return violations
		.filter( ( v ) => v.impact === 'serious' || v.impact === 'critical' )
		.map( ( v ) => `${ v.id }: ${ v.help } (${ v.nodes.map( ( n ) => n.target.join( ' ' ) ).join( ', ' ) })` );
}
