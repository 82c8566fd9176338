/**
 * HTML → Gutenberg block markup, exactly as WordPress 6.8 saves core blocks, so
 * drafts open in the editor without "This block contains unexpected content":
 *   core/paragraph, core/heading (class wp-block-heading; {"level":n} unless 2),
 *   core/list (class wp-block-list; {"ordered":true} for ol) with core/list-item inner blocks,
 *   core/quote (paragraph inner blocks + cite), core/table (figure.wp-block-table,
 *   table.has-fixed-layout), core/image (figure.wp-block-image, img + optional figcaption),
 *   core/details (summary + inner blocks: how FAQ answers fold), core/code, core/separator.
 * Top-level and inner blocks are joined by a blank line, as the block serializer does.
 * It works on the clean tree of article.ts (parse5 + the allowlist), so every element and
 * attribute it meets is already allowed; images are only those the article already had.
 */
import { parseArticle, type ArticleOptions } from './article';
import { escapeAttribute, escapeText, inlineHtml, textContent, wordsIn, type ElementNode, type HtmlNode } from './html';

const CONTAINERS = new Set( [ 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'dl', 'dd', 'dt' ] );
const HEADINGS = /^h([1-6])$/;

const wrap = ( name: string, attrs: Record<string, unknown> | null, html: string ): string => {
	const json = attrs && Object.keys( attrs ).length > 0 ? ` ${ JSON.stringify( attrs ) }` : '';
	return `<!-- wp:${ name }${ json } -->\n${ html }\n<!-- /wp:${ name } -->`;
};

const elementChildren = ( node: ElementNode, tag?: string ): ElementNode[] =>
	node.children.filter( ( child ): child is ElementNode => child.type === 'element' && ( ! tag || child.tag === tag ) );

function paragraph( inner: string ): string | null {
	return inner.trim() === '' ? null : wrap( 'paragraph', null, `<p>${ inner.trim() }</p>` );
}

function heading( level: number, inner: string ): string | null {
	if ( inner.trim() === '' ) return null;
	return wrap( 'heading', level === 2 ? null : { level }, `<h${ level } class="wp-block-heading">${ inner.trim() }</h${ level }>` );
}

function list( node: ElementNode ): string | null {
	const ordered = node.tag === 'ol';
	// Anything but an li directly in a list (a nested list, stray words) becomes an item of its own.
	const items = node.children
		.map( ( child ) => ( child.type === 'element' && child.tag === 'li' ? listItem( child ) : listItem( { type: 'element', tag: 'li', attrs: {}, children: [ child ] } ) ) )
		.filter( ( item ): item is string => item !== null );
	if ( items.length === 0 ) return null;
	const tag = ordered ? 'ol' : 'ul';
	return wrap( 'list', ordered ? { ordered: true } : null, `<${ tag } class="wp-block-list">${ items.join( '\n\n' ) }</${ tag }>` );
}

/** A list item: its inline content, then any nested lists as inner list blocks. */
function listItem( node: ElementNode ): string | null {
	const inline: HtmlNode[] = [];
	const nested: string[] = [];
	for ( const child of node.children ) {
		if ( child.type === 'element' && ( child.tag === 'ul' || child.tag === 'ol' ) ) {
			const block = list( child );
			if ( block ) nested.push( block );
		} else if ( child.type === 'element' && child.tag === 'p' && inline.length > 0 ) {
			inline.push( { type: 'element', tag: 'br', attrs: {}, children: [] }, ...child.children );
		} else {
			inline.push( child );
		}
	}
	const text = inlineHtml( inline ).trim();
	if ( text === '' && nested.length === 0 ) return null;
	return wrap( 'list-item', null, `<li>${ text }${ nested.join( '' ) }</li>` );
}

function quote( node: ElementNode ): string | null {
	const cites = node.children.filter( ( child ): child is ElementNode => child.type === 'element' && ( child.tag === 'cite' || child.tag === 'footer' ) );
	const inner = convertNodes( node.children.filter( ( child ) => ! cites.includes( child as ElementNode ) ) );
	const cite = cites.map( ( child ) => inlineHtml( child.children ).trim() ).filter( Boolean ).join( ' ' );
	if ( inner.length === 0 && ! cite ) return null;
	return wrap( 'quote', null, `<blockquote class="wp-block-quote">${ inner.join( '\n\n' ) }${ cite ? `<cite>${ cite }</cite>` : '' }</blockquote>` );
}

function table( node: ElementNode, captionNode?: ElementNode ): string | null {
	const sections: Record<'thead' | 'tbody' | 'tfoot', ElementNode[]> = { thead: [], tbody: [], tfoot: [] };
	let caption = captionNode ? inlineHtml( captionNode.children ).trim() : '';
	for ( const child of elementChildren( node ) ) {
		if ( child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot' ) sections[ child.tag ].push( ...elementChildren( child, 'tr' ) );
		else if ( child.tag === 'tr' ) sections.tbody.push( child );
		else if ( child.tag === 'caption' ) caption ||= inlineHtml( child.children ).trim();
	}
	const rows = ( trs: ElementNode[] ) =>
		trs
			.map( ( tr ) => elementChildren( tr ).filter( ( cell ) => cell.tag === 'td' || cell.tag === 'th' ) )
			.filter( ( cells ) => cells.length > 0 )
			.map( ( cells ) => `<tr>${ cells.map( ( cell ) => `<${ cell.tag }>${ inlineHtml( cell.children ).trim() }</${ cell.tag }>` ).join( '' ) }</tr>` )
			.join( '' );
	const html = ( [ 'thead', 'tbody', 'tfoot' ] as const )
		.map( ( part ) => [ part, rows( sections[ part ] ) ] as const )
		.map( ( [ part, cells ] ) => ( cells ? `<${ part }>${ cells }</${ part }>` : '' ) )
		.join( '' );
	if ( html === '' ) return null;
	const figcaption = caption ? `<figcaption class="wp-element-caption">${ caption }</figcaption>` : '';
	return wrap( 'table', null, `<figure class="wp-block-table"><table class="has-fixed-layout">${ html }</table>${ figcaption }</figure>` );
}

/** The first <img> inside a node (figure, p or a), depth-first. */
function findImage( node: ElementNode ): ElementNode | null {
	for ( const child of elementChildren( node ) ) {
		if ( child.tag === 'img' ) return child;
		const inner = findImage( child );
		if ( inner ) return inner;
	}
	return null;
}

/** core/image with no attributes: src and alt are sourced from the markup (an image the article already had). */
function image( img: ElementNode, captionNode?: ElementNode ): string | null {
	const src = img.attrs.src;
	if ( ! src ) return null;
	const caption = captionNode ? inlineHtml( captionNode.children ).trim() : '';
	const figcaption = caption ? `<figcaption class="wp-element-caption">${ caption }</figcaption>` : '';
	return wrap( 'image', null, `<figure class="wp-block-image"><img src="${ escapeAttribute( src ) }" alt="${ escapeAttribute( img.attrs.alt ?? '' ) }"/>${ figcaption }</figure>` );
}

/** core/details: a question in <summary>, its answer as inner blocks (a folded FAQ entry). */
function details( node: ElementNode ): string | null {
	const summaryNode = elementChildren( node, 'summary' )[ 0 ];
	const summary = summaryNode ? inlineHtml( summaryNode.children ).trim() : '';
	const inner = convertNodes( node.children.filter( ( child ) => child !== summaryNode ) );
	if ( ! summary && inner.length === 0 ) return null;
	// summary is sourced from the markup, so the block comment carries no attributes.
	return wrap( 'details', null, `<details class="wp-block-details"><summary>${ summary || 'Details' }</summary>${ inner.join( '\n\n' ) }</details>` );
}

function code( node: ElementNode ): string | null {
	const text = textContent( node.children ).replace( /^\n/, '' ).replace( /\s+$/, '' );
	return text === '' ? null : wrap( 'code', null, `<pre class="wp-block-code"><code>${ escapeText( text ) }</code></pre>` );
}

/** Converts sibling nodes to blocks; loose inline content becomes paragraphs. */
function convertNodes( nodes: HtmlNode[] ): string[] {
	const blocks: string[] = [];
	let loose: HtmlNode[] = [];
	const flush = () => {
		const block = paragraph( inlineHtml( loose ) );
		if ( block ) blocks.push( block );
		loose = [];
	};
	const push = ( block: string | null ) => {
		flush();
		if ( block ) blocks.push( block );
	};
	for ( const node of nodes ) {
		if ( node.type === 'text' || ! isBlock( node ) ) {
			loose.push( node );
			continue;
		}
		const element = node;
		const level = HEADINGS.exec( element.tag )?.[ 1 ];
		if ( level ) push( heading( Number( level ), inlineHtml( element.children ) ) );
		else if ( element.tag === 'p' ) push( paragraph( inlineHtml( element.children ) ) );
		else if ( element.tag === 'ul' || element.tag === 'ol' ) push( list( element ) );
		else if ( element.tag === 'blockquote' ) push( quote( element ) );
		else if ( element.tag === 'table' ) push( table( element ) );
		else if ( element.tag === 'pre' ) push( code( element ) );
		else if ( element.tag === 'hr' ) push( wrap( 'separator', null, '<hr class="wp-block-separator has-alpha-channel-opacity"/>' ) );
		else if ( element.tag === 'img' ) push( image( element ) );
		else if ( element.tag === 'details' ) push( details( element ) );
		else if ( element.tag === 'figure' && findImage( element ) && elementChildren( element, 'table' ).length === 0 ) {
			push( image( findImage( element )!, elementChildren( element, 'figcaption' )[ 0 ] ) );
		} else if ( element.tag === 'figure' && elementChildren( element, 'table' ).length > 0 ) {
			push( table( elementChildren( element, 'table' )[ 0 ]!, elementChildren( element, 'figcaption' )[ 0 ] ) );
		} else if ( CONTAINERS.has( element.tag ) ) {
			flush();
			blocks.push( ...convertNodes( element.children ) );
		} else {
			// li/tr/td… outside their parents: keep the words as a paragraph.
			push( paragraph( inlineHtml( element.children ) ) );
		}
	}
	flush();
	return blocks;
}

const isBlock = ( node: ElementNode ): boolean =>
	HEADINGS.test( node.tag ) || CONTAINERS.has( node.tag ) || [ 'p', 'ul', 'ol', 'li', 'blockquote', 'table', 'pre', 'hr', 'tr', 'td', 'th', 'thead', 'tbody', 'caption', 'figcaption', 'img', 'details', 'summary' ].includes( node.tag );

export interface ConvertedContent {
	/** Gutenberg block markup (post_content). */
	blocks: string;
	/** The same content as plain sanitised HTML (no block comments). */
	html: string;
	wordCount: number;
}

/** Converts a model's article body (HTML, Markdown or both) into sanitised block markup, plain HTML and a word count. */
export function htmlToBlocks( body: string, options: ArticleOptions = {} ): ConvertedContent {
	const tree = parseArticle( body, options );
	const blocks = convertNodes( tree ).join( '\n\n' );
	const plain = blocks.replace( /<!-- \/?wp:[^>]*? -->\n?/g, '' ).replace( /\n{3,}/g, '\n\n' ).trim();
	return { blocks, html: plain, wordCount: treeWords( tree ) };
}

/** Words in a clean tree: text nodes counted apart, as tags separate words. */
const treeWords = ( nodes: HtmlNode[] ): number => nodes.reduce( ( sum, node ) => sum + ( node.type === 'text' ? wordsIn( node.text ) : treeWords( node.children ) ), 0 );

/** Words a reader sees: tags removed, entities counted as characters; a word holds a letter or a digit. */
export function countWords( html: string ): number {
	return wordsIn( html.replace( /<[^>]+>/g, ' ' ).replace( /&[a-zA-Z0-9#]+;/g, ( entity ) => ( entity === '&nbsp;' ? ' ' : '' ) ) );
}
