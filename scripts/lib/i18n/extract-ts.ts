/**
 * Finds the `@wordpress/i18n` calls (`__`, `_x`, `_n`, `_nx`) in TypeScript and TSX sources
 * with the TypeScript compiler's parser (the one the build already type-checks with), so JSX,
 * generics and `satisfies` parse exactly as they compile.
 */
import ts from 'typescript';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { TEXT_DOMAIN, type Entry, type Extraction } from './entries.ts';

/** Argument positions of each i18n function (as in @wordpress/i18n). */
const FUNCTIONS: Record<string, { msgid: number; plural?: number; context?: number; domain: number }> = {
	__: { msgid: 0, domain: 1 },
	_x: { msgid: 0, context: 1, domain: 2 },
	_n: { msgid: 0, plural: 1, domain: 3 },
	_nx: { msgid: 0, plural: 1, context: 3, domain: 4 },
};

/** A string literal's value, joining `'a' + 'b'` as gettext tools do; undefined for anything else. */
function literal( node: ts.Expression | undefined ): string | undefined {
	if ( ! node ) return undefined;
	if ( ts.isStringLiteral( node ) || ts.isNoSubstitutionTemplateLiteral( node ) ) return node.text;
	if ( ts.isParenthesizedExpression( node ) ) return literal( node.expression );
	if ( ts.isBinaryExpression( node ) && node.operatorToken.kind === ts.SyntaxKind.PlusToken ) {
		const left = literal( node.left );
		const right = literal( node.right );
		return left === undefined || right === undefined ? undefined : left + right;
	}
	return undefined;
}

/** The text of a comment without its markers: `/* translators: %s: name *\/` → `translators: %s: name`. */
function commentText( raw: string ): string {
	return raw
		.replace( /^\/\*+|\*+\/$|^\/\//g, '' )
		.split( '\n' )
		.map( ( line ) => line.replace( /^\s*\*?\s?/, '' ).trim() )
		.filter( Boolean )
		.join( ' ' );
}

/**
 * The translator comment that belongs to a call: a `translators:` comment ending on the call's
 * line or the line before, in front of the call or of an enclosing node that starts there
 * (`// translators: …` above `const label = sprintf( __( … ) )`), as WP-CLI's make-pot reads JS.
 */
function translatorComment( call: ts.CallExpression, source: ts.SourceFile ): string | undefined {
	const callLine = source.getLineAndCharacterOfPosition( call.getStart( source ) ).line;
	for ( let node: ts.Node = call; node && ! ts.isSourceFile( node ); node = node.parent ) {
		// A comment on the same line as the token before (`sprintf( /* translators: … */ __(`)
		// counts as that token's trailing comment for TypeScript; both kinds are in front of the node.
		const ranges = [ ...( ts.getTrailingCommentRanges( source.text, node.getFullStart() ) ?? [] ), ...( ts.getLeadingCommentRanges( source.text, node.getFullStart() ) ?? [] ) ];
		for ( const range of ranges.reverse() ) {
			const endLine = source.getLineAndCharacterOfPosition( range.end ).line;
			const text = commentText( source.text.slice( range.pos, range.end ) );
			if ( endLine >= callLine - 1 && /^translators:/i.test( text ) ) return text;
		}
		if ( source.getLineAndCharacterOfPosition( node.getStart( source ) ).line < callLine - 1 ) break;
	}
	return undefined;
}

/** Extracts the igny8 strings of one file's text; `path` is how references name the file. */
export function extractTsSource( text: string, path: string ): Extraction {
	const kind = path.endsWith( '.tsx' ) ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
	const source = ts.createSourceFile( path, text, ts.ScriptTarget.Latest, true, kind );
	const result: Extraction = { entries: [], skipped: [] };

	const visit = ( node: ts.Node ): void => {
		if ( ts.isCallExpression( node ) && ts.isIdentifier( node.expression ) ) {
			const spec = FUNCTIONS[ node.expression.text ];
			if ( spec ) {
				const line = source.getLineAndCharacterOfPosition( node.getStart( source ) ).line + 1;
				const reference = `${ path }:${ line }`;
				const args = node.arguments;
				const msgid = literal( args[ spec.msgid ] );
				const plural = spec.plural === undefined ? undefined : literal( args[ spec.plural ] );
				const context = spec.context === undefined ? undefined : literal( args[ spec.context ] );
				const domain = literal( args[ spec.domain ] );
				if ( domain !== TEXT_DOMAIN ) {
					result.skipped.push( { reference, reason: `${ node.expression.text }() without the '${ TEXT_DOMAIN }' text domain` } );
				} else if ( msgid === undefined || ( spec.plural !== undefined && plural === undefined ) || ( spec.context !== undefined && context === undefined ) ) {
					result.skipped.push( { reference, reason: `${ node.expression.text }() with a text that is not a string literal` } );
				} else {
					const comment = translatorComment( node, source );
					const entry: Entry = { msgid, comments: comment ? [ comment ] : [], references: [ reference ] };
					if ( plural !== undefined ) entry.plural = plural;
					if ( context !== undefined ) entry.context = context;
					result.entries.push( entry );
				}
			}
		}
		ts.forEachChild( node, visit );
	};
	visit( source );
	return result;
}

/** Extracts the igny8 strings of TypeScript files, references relative to `root`. */
export function extractTsFiles( files: string[], root: string ): Extraction {
	const result: Extraction = { entries: [], skipped: [] };
	for ( const file of files ) {
		const found = extractTsSource( readFileSync( file, 'utf8' ), relative( root, file ) );
		result.entries.push( ...found.entries );
		result.skipped.push( ...found.skipped );
	}
	return result;
}
