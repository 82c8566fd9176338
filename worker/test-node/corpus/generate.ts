/**
 * Builds the reply corpus: readable sources (sources/*.ts) in, one JSON fixture per reply out
 * (replies/<id>.json). Run after editing a source:
 *   bash scripts/with-node.sh node worker/test-node/corpus/generate.ts
 * Fixtures named e2e-* are written by hand elsewhere and left alone.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { code } from './sources/code.ts';
import { html } from './sources/html.ts';
import { listsTables } from './sources/lists-tables.ts';
import { markdown } from './sources/markdown.ts';
import { mxss } from './sources/mxss.ts';
import { refusals, truncated, wrapped } from './sources/replies.ts';
import type { Category, Source } from './sources/types.ts';
import { unicode } from './sources/unicode.ts';
import { xss, xssFields } from './sources/xss.ts';

const groups: Array<[ Category, Source[] ]> = [
	[ 'markdown', markdown ],
	[ 'html', html ],
	[ 'lists-tables', listsTables ],
	[ 'code', code ],
	[ 'unicode', unicode ],
	[ 'xss', [ ...xss, ...xssFields ] ],
	[ 'mxss', mxss ],
	[ 'wrapped-json', wrapped ],
	[ 'truncated', truncated ],
	[ 'refusal', refusals ],
];

/** The JSON object a model sends for generate_content, with the source's body and fields. */
function articleContent( source: Source ): string {
	const title = source.fields?.title ?? source.description;
	return JSON.stringify( {
		title,
		meta_title: source.fields?.meta_title ?? title.slice( 0, 60 ),
		meta_description: source.fields?.meta_description ?? `Corpus reply ${ source.id }.`,
		excerpt: source.fields?.excerpt ?? `Corpus reply ${ source.id }.`,
		language: 'en',
		content_html: source.body ?? '',
	} );
}

function fixture( category: Category, source: Source ) {
	if ( ! /^[a-z0-9-]+$/.test( source.id ) ) throw new Error( `Bad fixture id "${ source.id }".` );
	const reply = source.raw
		? { content: source.raw.content, refusal: source.raw.refusal ?? null, finish_reason: source.raw.finish_reason ?? 'stop' }
		: { content: articleContent( source ), refusal: null, finish_reason: 'stop' };
	const expect = source.error !== undefined
		? { outcome: 'fail', text: [], hosts: [], error: source.error }
		: { outcome: 'ok', text: source.text ?? [], hosts: source.hosts ?? [] };
	return { id: source.id, category, description: source.description, function: 'generate_content', reply, expect };
}

const folder = new URL( './replies/', import.meta.url );
mkdirSync( folder, { recursive: true } );
const written = new Set<string>();
for ( const [ category, sources ] of groups ) {
	for ( const source of sources ) {
		if ( written.has( source.id ) ) throw new Error( `Duplicate fixture id "${ source.id }".` );
		written.add( source.id );
		writeFileSync( new URL( `${ source.id }.json`, folder ), `${ JSON.stringify( fixture( category, source ), null, '\t' ) }\n` );
	}
}
for ( const file of readdirSync( folder ) ) {
	const id = file.replace( /\.json$/, '' );
	if ( ! written.has( id ) && ! id.startsWith( 'e2e-' ) ) rmSync( new URL( file, folder ) );
}
console.log( `Wrote ${ written.size } fixtures to ${ folder.pathname }` );
