/**
 * @wordpress/blocks with the core blocks of @wordpress/block-library 9.21 registered (the
 * @wordpress/blocks 14 line WordPress 6.8 ships): parse() validates every block as the editor
 * does. Needs a DOM (run the test in jsdom).
 */
import Module, { createRequire } from 'node:module';

export interface ParsedBlock {
	name: string | null;
	isValid: boolean;
	innerBlocks: ParsedBlock[];
	validationIssues?: unknown[];
	originalContent?: string;
}

/** Loads the block parser once the core blocks are registered. */
export function loadBlockParser(): ( markup: string ) => ParsedBlock[] {
	const require = createRequire( import.meta.url );
	// npm nests identical copies of @wordpress/blocks under block-library and block-editor; each
	// copy has its own block registry, so save() would look up types where none are registered.
	// Every require of the package is pointed at block-library's copy (14.15, the WP 6.8 line).
	const blocksPath = createRequire( require.resolve( '@wordpress/block-library' ) ).resolve( '@wordpress/blocks' );
	const loader = Module as unknown as { _resolveFilename( request: string, ...rest: unknown[] ): string };
	const resolve = loader._resolveFilename;
	loader._resolveFilename = ( request, ...rest ) => ( request === '@wordpress/blocks' ? blocksPath : resolve.call( Module, request, ...rest ) );
	const library = require( '@wordpress/block-library' ) as { registerCoreBlocks(): void };
	const blocks = require( blocksPath ) as { parse( markup: string ): ParsedBlock[] };
	library.registerCoreBlocks();
	return blocks.parse;
}

/** Every block and inner block, depth-first. */
export const flattenBlocks = ( list: ParsedBlock[] ): ParsedBlock[] => list.flatMap( ( block ) => [ block, ...flattenBlocks( block.innerBlocks ) ] );

/** The blocks WordPress would flag: invalid, unnamed, freeform or missing. */
export const invalidBlocks = ( list: ParsedBlock[] ) =>
	flattenBlocks( list )
		.filter( ( block ) => ! block.isValid || ! block.name || block.name === 'core/freeform' || block.name === 'core/missing' )
		.map( ( block ) => ( { name: block.name, content: block.originalContent, issues: block.validationIssues } ) );
