import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { namespaceCycles, namespaceGraph } from '../php-namespaces.ts';
import { ROOT } from '../config.ts';

const INCLUDES = resolve( ROOT, 'plugin', 'includes' );

/** A throw-away includes folder with one class per namespace and the given references. */
function fixture( refs: Record<string, string[]> ): string {
	const dir = mkdtempSync( join( tmpdir(), 'igny8-ns-' ) );
	for ( const [ from, tos ] of Object.entries( refs ) ) {
		mkdirSync( join( dir, from ), { recursive: true } );
		writeFileSync( join( dir, from, 'A.php' ), `<?php\nnamespace Igny8\\${ from };\n${ tos.map( ( to ) => `use Igny8\\${ to }\\A;` ).join( '\n' ) }\n` );
	}
	return dir;
}

describe( 'the plugin’s module map', () => {
	it( 'has no namespace cycles: each feature depends only on features below it', () => {
		const graph = namespaceGraph( INCLUDES );
		const cycles = namespaceCycles( graph );
		const detail = cycles.map( ( cycle ) => cycle.map( ( from ) => `${ from } → ${ cycle.filter( ( to ) => graph.get( from )?.has( to ) ).map( ( to ) => `${ to } (${ graph.get( from )!.get( to )!.join( ', ' ) })` ).join( '; ' ) }` ).join( '\n' ) );
		expect( cycles, detail.join( '\n\n' ) ).toEqual( [] );
	} );

	it( 'keeps the REST layer on top: no feature namespace refers to Igny8\\Rest', () => {
		const graph = namespaceGraph( INCLUDES );
		const into = [ ...graph ].filter( ( [ from, edges ] ) => from !== '(root)' && edges.has( 'Rest' ) ).map( ( [ from, edges ] ) => `${ from }: ${ edges.get( 'Rest' )!.join( ', ' ) }` );
		expect( into ).toEqual( [] );
	} );

	it( 'finds a cycle when there is one, through `use` lines and fully qualified names alike', () => {
		const dir = fixture( { Storage: [ 'Security' ], Security: [], Linker: [ 'Storage' ] } );
		writeFileSync( join( dir, 'Storage', 'B.php' ), '<?php\nnamespace Igny8\\Storage;\n$x = \\Igny8\\Linker\\Graph_Cron::HOOK;\n' );

		expect( namespaceCycles( namespaceGraph( dir ) ) ).toEqual( [ [ 'Linker', 'Storage' ] ] );
		expect( namespaceCycles( namespaceGraph( fixture( { Storage: [ 'Security' ], Security: [], Linker: [ 'Storage' ] } ) ) ) ).toEqual( [] );
	} );
} );
