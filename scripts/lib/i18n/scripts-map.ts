/**
 * Which built script carries which source file. WordPress loads a script's translations from
 * `igny8-<locale>-<md5 of the script's path in the plugin>.json`, so every string must go to
 * each built script whose bundle includes a source that uses it. The bundles are followed
 * through their relative imports from the same entry points webpack starts from.
 */
import ts from 'typescript';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** A built script (path relative to plugin/) and the source files bundled into it (relative to the repository). */
export interface BuiltScript {
	script: string;
	entry: string;
	sources: Set<string>;
}

/**
 * The entry points, as the two webpack configs define them: admin-ui/src/<screen>/index.tsx
 * → build/admin-ui/<screen>.js (admin-ui/webpack.config.js); each block's `file:` scripts in
 * block.json → build/blocks/<block>/<name>.js; the editor sidebar, which blocks/webpack.config.js
 * adds by hand → build/blocks/editor-sidebar/index.js.
 */
export function entryPoints( root: string ): Array<{ script: string; entry: string }> {
	const entries: Array<{ script: string; entry: string }> = [];
	const screens = resolve( root, 'admin-ui/src' );
	for ( const screen of readdirSync( screens ).sort() ) {
		if ( existsSync( join( screens, screen, 'index.tsx' ) ) ) {
			entries.push( { script: `build/admin-ui/${ screen }.js`, entry: `admin-ui/src/${ screen }/index.tsx` } );
		}
	}
	const blocks = resolve( root, 'blocks/src' );
	for ( const block of readdirSync( blocks ).sort() ) {
		const metadata = join( blocks, block, 'block.json' );
		if ( ! existsSync( metadata ) ) continue;
		const json = JSON.parse( readFileSync( metadata, 'utf8' ) ) as Record<string, unknown>;
		for ( const field of [ 'editorScript', 'script', 'viewScript' ] ) {
			for ( const value of [ json[ field ] ].flat() ) {
				const file = typeof value === 'string' ? /^file:\.\/(.+)\.js$/.exec( value )?.[ 1 ] : undefined;
				const source = file && [ 'ts', 'tsx', 'js' ].map( ( ext ) => `blocks/src/${ block }/${ file }.${ ext }` ).find( ( path ) => existsSync( resolve( root, path ) ) );
				if ( file && source ) entries.push( { script: `build/blocks/${ block }/${ file }.js`, entry: source } );
			}
		}
	}
	entries.push( { script: 'build/blocks/editor-sidebar/index.js', entry: 'blocks/src/editor-sidebar/index.tsx' } );
	return entries;
}

/** The file a relative import names, as the bundler resolves it (extension or folder index). */
function resolveImport( from: string, specifier: string ): string | undefined {
	const base = resolve( dirname( from ), specifier );
	const candidates = [ base, `${ base }.ts`, `${ base }.tsx`, join( base, 'index.ts' ), join( base, 'index.tsx' ) ];
	return candidates.find( ( path ) => /\.tsx?$/.test( path ) && existsSync( path ) && statSync( path ).isFile() );
}

/** Every TypeScript source an entry bundles through relative imports (packages are WordPress's own). */
export function bundledSources( root: string, entry: string ): Set<string> {
	const seen = new Set<string>();
	const pending = [ resolve( root, entry ) ];
	for ( let file = pending.pop(); file; file = pending.pop() ) {
		const path = relative( root, file );
		if ( seen.has( path ) ) continue;
		seen.add( path );
		for ( const imported of ts.preProcessFile( readFileSync( file, 'utf8' ), true, true ).importedFiles ) {
			if ( ! imported.fileName.startsWith( '.' ) ) continue;
			const target = resolveImport( file, imported.fileName );
			if ( target ) pending.push( target );
		}
	}
	return seen;
}

/** Each built script with the sources bundled into it. */
export function builtScripts( root: string ): BuiltScript[] {
	return entryPoints( root ).map( ( { script, entry } ) => ( { script, entry, sources: bundledSources( root, entry ) } ) );
}
