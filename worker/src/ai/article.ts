/**
 * The one path from a model's article body (HTML, Markdown, or Markdown inside HTML) to a clean
 * tree: Markdown documents are converted first; everything is parsed by parse5 and kept only as
 * far as the allowlist allows; Markdown left inside HTML elements (<p>## Heading</p>) is
 * converted and parsed again through the same allowlist.
 */
import { inlineHtml, parseHtml, type ElementNode, type HtmlNode, type ParseOptions } from './html';
import { hasHtmlBlocks, hasInlineMarkdown, hasMarkdown, inlineMarkdownToHtml, markdownToHtml } from './markdown';
import { INLINE_ELEMENTS } from './allowlist';
import { bannedPattern, stripBannedWords } from './prompts';

export interface ArticleOptions extends ParseOptions {
	/** The author profile's banned words, removed from the article's text. */
	banned?: string[];
}

/** Elements whose content is inline only: Markdown there is converted inline. */
const INLINE_CONTEXTS = new Set( [ 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'figcaption', 'caption', 'dt', 'cite', 'td', 'th' ] );

const isInline = ( node: HtmlNode ): boolean => node.type === 'text' || INLINE_ELEMENTS.has( node.tag );

/** Text that may hold Markdown: code keeps its asterisks and brackets. */
const markdownText = ( nodes: HtmlNode[] ): string => nodes.map( ( node ) => ( node.type === 'text' ? node.text : node.tag === 'code' ? '' : markdownText( node.children ) ) ).join( '' );

/** Clean nodes back to source for Markdown: `>` stays as typed, since it starts a quote. */
const markdownSource = ( nodes: HtmlNode[] ): string => inlineHtml( nodes, ( text ) => text.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ) );

/** Converts the Markdown in runs of inline content and in paragraphs; code and pre keep their text. */
function expand( nodes: HtmlNode[], options: ParseOptions ): HtmlNode[] {
	const out: HtmlNode[] = [];
	let run: HtmlNode[] = [];
	const flush = () => {
		if ( run.length && hasMarkdown( markdownText( run ) ) ) out.push( ...parseHtml( markdownToHtml( markdownSource( run ) ), options ) );
		else out.push( ...run );
		run = [];
	};
	for ( const node of nodes ) {
		if ( isInline( node ) ) {
			run.push( node );
			continue;
		}
		flush();
		const element = node as ElementNode;
		if ( element.tag === 'p' && hasMarkdown( markdownText( element.children ) ) ) {
			out.push( ...parseHtml( markdownToHtml( markdownSource( element.children ) ), options ) );
		} else if ( INLINE_CONTEXTS.has( element.tag ) && element.children.every( isInline ) ) {
			const inline = hasInlineMarkdown( markdownText( element.children ) );
			out.push( inline ? { ...element, children: parseHtml( inlineMarkdownToHtml( markdownSource( element.children ) ), options ) } : element );
		} else if ( element.tag === 'pre' ) {
			out.push( element );
		} else {
			out.push( { ...element, children: expand( element.children, options ) } );
		}
	}
	flush();
	return out;
}

/** The tree with banned words removed from its text, markup untouched. */
function withoutBanned( nodes: HtmlNode[], pattern: RegExp ): HtmlNode[] {
	return nodes.map( ( node ) => ( node.type === 'text' ? { ...node, text: stripBannedWords( node.text, pattern ) } : { ...node, children: withoutBanned( node.children, pattern ) } ) );
}

/** Parses an article body into the clean tree blocks.ts converts. */
export function parseArticle( body: string, options: ArticleOptions = {} ): HtmlNode[] {
	const markdown = hasMarkdown( body );
	const parsed = parseHtml( markdown && ! hasHtmlBlocks( body ) ? markdownToHtml( body ) : body, options );
	// Markdown inside elements needs its syntax somewhere in the body; a plain HTML reply skips the walk.
	const tree = markdown ? expand( parsed, options ) : parsed;
	const pattern = bannedPattern( options.banned ?? [] );
	return pattern ? withoutBanned( tree, pattern ) : tree;
}
