/**
 * TEST DOUBLE — makes a small value that satisfies a JSON Schema, so the fake
 * model can answer any json_schema request (IGNY8 functions it does not know
 * yet included) with schema-valid JSON. Covers the subset OpenAI's structured
 * outputs accept: object, array, string (enum/const/minLength), number, integer,
 * boolean, null, anyOf/oneOf and local $ref.
 */

type Schema = Record<string, unknown>;

/** Returns a deterministic instance of `schema`; `hint` flavours the strings. */
export function instanceFromSchema( schema: unknown, hint = 'value', root: unknown = schema, depth = 0 ): unknown {
	if ( depth > 12 || typeof schema !== 'object' || schema === null ) return null;
	const node = schema as Schema;
	if ( typeof node.$ref === 'string' ) return instanceFromSchema( resolveRef( root, node.$ref ), hint, root, depth + 1 );
	if ( 'const' in node ) return node.const;
	if ( Array.isArray( node.enum ) && node.enum.length > 0 ) return node.enum[ 0 ];
	const variants = ( node.anyOf ?? node.oneOf ) as unknown[] | undefined;
	if ( Array.isArray( variants ) && variants.length > 0 ) {
		const nonNull = variants.find( ( variant ) => ( variant as Schema )?.type !== 'null' ) ?? variants[ 0 ];
		return instanceFromSchema( nonNull, hint, root, depth + 1 );
	}
	const type = Array.isArray( node.type ) ? ( node.type.find( ( t ) => t !== 'null' ) ?? 'null' ) : node.type;
	switch ( type ) {
		case 'object': {
			const properties = ( node.properties ?? {} ) as Record<string, unknown>;
			const result: Record<string, unknown> = {};
			for ( const [ key, child ] of Object.entries( properties ) ) {
				result[ key ] = instanceFromSchema( child, key, root, depth + 1 );
			}
			return result;
		}
		case 'array': {
			const count = Math.max( 1, Number( node.minItems ?? 1 ) );
			return Array.from( { length: count }, ( _, i ) => instanceFromSchema( node.items, `${ hint } ${ i + 1 }`, root, depth + 1 ) );
		}
		case 'string': {
			const text = `Example ${ hint.replace( /_/g, ' ' ) }`;
			const min = Number( node.minLength ?? 0 );
			const max = Number( node.maxLength ?? Infinity );
			return text.padEnd( min, '.' ).slice( 0, max );
		}
		case 'integer':
		case 'number':
			if ( typeof node.minimum === 'number' ) return node.minimum;
			if ( typeof node.exclusiveMinimum === 'number' ) return node.exclusiveMinimum + 1;
			return 1;
		case 'boolean':
			return true;
		case 'null':
			return null;
		default:
			return `Example ${ hint }`;
	}
}

function resolveRef( root: unknown, ref: string ): unknown {
	if ( ! ref.startsWith( '#/' ) ) return null;
	return ref
		.slice( 2 )
		.split( '/' )
		.reduce<unknown>( ( node, key ) => ( node as Schema | null )?.[ key.replace( /~1/g, '/' ).replace( /~0/g, '~' ) ] ?? null, root );
}
