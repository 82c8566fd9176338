/**
 * The plugin's module map: which Igny8\<Feature> namespace refers to which, read from
 * plugin/includes (`use` lines and fully qualified names). A unit test keeps it free of cycles,
 * so each feature can be read, tested and changed from its dependencies up.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type NamespaceGraph = Map<string, Map<string, string[]>>;

const ROOT_NAMESPACE = '(root)';

export function phpFiles( dir: string ): string[] {
	return readdirSync( dir ).flatMap( ( name ) => {
		const path = join( dir, name );
		if ( statSync( path ).isDirectory() ) return phpFiles( path );
		return name.endsWith( '.php' ) ? [ path ] : [];
	} );
}

/** Namespace → the namespaces it refers to → the files that do. */
export function namespaceGraph( includes: string ): NamespaceGraph {
	const features = new Set( readdirSync( includes ).filter( ( name ) => statSync( join( includes, name ) ).isDirectory() ) );
	const graph: NamespaceGraph = new Map();
	for ( const file of phpFiles( includes ) ) {
		const source = readFileSync( file, 'utf8' );
		const declared = /^namespace Igny8(?:\\(\w+))?/m.exec( source );
		if ( ! declared ) continue;
		const from = declared[ 1 ] ?? ROOT_NAMESPACE;
		const edges = graph.get( from ) ?? new Map<string, string[]>();
		graph.set( from, edges );
		for ( const [ , to ] of source.matchAll( /\\?\bIgny8\\(\w+)\\/g ) ) {
			if ( to === undefined || to === from || ! features.has( to ) ) continue;
			edges.set( to, [ ...new Set( [ ...( edges.get( to ) ?? [] ), relative( includes, file ) ] ) ] );
		}
	}
	return graph;
}

/** Groups of namespaces that depend on each other (strongly connected components of two or more). */
export function namespaceCycles( graph: NamespaceGraph ): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	let counter = 0;
	const visit = ( node: string ): void => {
		index.set( node, counter );
		low.set( node, counter );
		counter++;
		stack.push( node );
		onStack.add( node );
		for ( const next of graph.get( node )?.keys() ?? [] ) {
			if ( ! index.has( next ) ) {
				visit( next );
				low.set( node, Math.min( low.get( node )!, low.get( next )! ) );
			} else if ( onStack.has( next ) ) {
				low.set( node, Math.min( low.get( node )!, index.get( next )! ) );
			}
		}
		if ( low.get( node ) !== index.get( node ) ) return;
		const component: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete( member );
			component.push( member );
		} while ( member !== node );
		if ( component.length > 1 ) cycles.push( component.sort() );
	};
	for ( const node of graph.keys() ) if ( ! index.has( node ) ) visit( node );
	return cycles;
}
