/**
 * wp-scripts writes `*.asset.php` and the blocks manifest as compact `return array(…)` files that
 * the WordPress Coding Standards reject on form alone (unaligned arrows, no trailing commas,
 * one-line associative arrays). The release reads each one's value through PHP itself and prints
 * it again in the house style, guarded, so the zip passes the same ruleset as the tree.
 */
import { execFileSync } from 'node:child_process';

type Value = string | number | boolean | null | Value[] | { [ key: string ]: Value };

const quote = ( text: string ): string => `'${ text.replace( /\\/g, '\\\\' ).replace( /'/g, "\\'" ) }'`;

function scalar( value: string | number | boolean | null ): string {
	if ( typeof value === 'string' ) return quote( value );
	if ( value === null ) return 'null';
	return String( value );
}

/** One value printed at `depth` tabs: lists of scalars on one line, everything else one item a line. */
export function printPhpValue( value: Value, depth = 0 ): string {
	if ( value === null || typeof value !== 'object' ) return scalar( value );
	const entries: Array<[ string | null, Value ]> = Array.isArray( value ) ? value.map( ( item ) => [ null, item ] ) : Object.entries( value );
	if ( entries.length === 0 ) return 'array()';
	if ( Array.isArray( value ) && value.every( ( item ) => item === null || typeof item !== 'object' ) ) {
		return `array( ${ value.map( ( item ) => scalar( item as string ) ).join( ', ' ) } )`;
	}
	const indent = '\t'.repeat( depth + 1 );
	const width = Math.max( 0, ...entries.map( ( [ key ] ) => ( key === null ? 0 : quote( key ).length ) ) );
	const lines = entries.map( ( [ key, item ] ) => {
		const prefix = key === null ? '' : `${ quote( key ).padEnd( width ) } => `;
		return `${ indent }${ prefix }${ printPhpValue( item, depth + 1 ) },`;
	} );
	return `array(\n${ lines.join( '\n' ) }\n${ '\t'.repeat( depth ) })`;
}

/** The value a `return …;` PHP file gives, read by PHP (the file is trusted build output; ABSPATH lets a guarded one run). */
export function readPhpDataFile( path: string ): Value {
	const json = execFileSync( 'php', [ '-r', "define( 'ABSPATH', '/' ); echo json_encode( include $argv[1], JSON_THROW_ON_ERROR | JSON_PRESERVE_ZERO_FRACTION );", path ], { encoding: 'utf8' } );
	return JSON.parse( json ) as Value;
}

/** A data file as the release ships it: guarded, then the same value in the house style. */
export function reprintPhpDataFile( path: string ): string {
	return `<?php defined( 'ABSPATH' ) || exit;\nreturn ${ printPhpValue( readPhpDataFile( path ) ) };\n`;
}
