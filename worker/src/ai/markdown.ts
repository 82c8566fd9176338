/**
 * Markdown in model replies (common in json_object mode): detected, and converted with marked
 * (CommonMark + GFM: tables, strikethrough, task lists, autolinks) to HTML that then goes
 * through the same parser and allowlist as any HTML reply. marked is ≈15 KB gzip as esbuild
 * bundles it, against ≈42 KB for markdown-it (with linkify-it, mdurl, punycode and its own copy
 * of the entity tables) and ≈33 KB for micromark with its GFM extension; marked passes the
 * CommonMark spec cases an article uses, and its output is never trusted (html.ts parses it).
 */
import { Marked } from 'marked';

const marked = new Marked( { gfm: true, breaks: false, async: false } );

/** Markdown block syntax at the start of a line: headings, lists, quotes, fences, GFM tables, rules, setext underlines. */
const BLOCK_SYNTAX = /^ {0,3}(?:#{1,6}[ \t]+\S|[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|>|```|~~~|\|?[ \t]*:?-{3,}:?[ \t]*\||(?:[-*_][ \t]*){3,}$|=+[ \t]*$|\[[^\]\n]+\]:[ \t]*\S)/m;
/** Markdown inline syntax: strong, strikethrough, links and images, code spans, autolinks, backslash escapes. */
const INLINE_SYNTAX = /\*\*[^\s*][^*\n]*\*\*|__[^\s_][^_\n]*__|~~[^\s~][^~\n]*~~|!?\[[^\]\n]*\]\([^)\s]+(?:[ \t]+"[^"\n]*")?\)|`[^`\n]+`|<(?:https?:\/\/|mailto:)[^\s<>]+>|<[^\s<>@]+@[^\s<>@]+\.[a-z]{2,}>|\\[*_`#[\]~|]/i;
/** An HTML block tag anywhere: then the reply is HTML (perhaps with Markdown inside its elements). */
const HTML_BLOCK_TAG = /<(?:p|div|h[1-6]|ul|ol|li|table|blockquote|pre|section|article|figure|dl)[\s>]/i;

/** Paragraphs separated by a blank line, which HTML would run together. */
const BLANK_LINE = /\S[ \t]*\n[ \t]*\n[ \t]*\S/;

/** Whether text reads as Markdown (block syntax, inline syntax, or paragraphs split by blank lines). */
export const hasMarkdown = ( text: string ): boolean => BLOCK_SYNTAX.test( text ) || INLINE_SYNTAX.test( text ) || BLANK_LINE.test( text );

/** Inline Markdown only (for a heading, list item or cell). */
export const hasInlineMarkdown = ( text: string ): boolean => INLINE_SYNTAX.test( text );

/** Fenced code blocks and code spans, whose content may look like anything. */
const CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$|`[^`\n]+`/gm;

/**
 * Whether a body has HTML block tags outside its code. A body with none is read as Markdown
 * whole; a body with some is parsed as HTML first, and the Markdown inside its elements is
 * converted element by element (article.ts): converting it whole would read the lines of a
 * <pre> after a blank line as Markdown.
 */
export function hasHtmlBlocks( body: string ): boolean {
	return HTML_BLOCK_TAG.test( /`|~~~/.test( body ) ? body.replace( CODE, '' ) : body );
}

/** Markdown (block) → HTML, untrusted. */
export const markdownToHtml = ( markdown: string ): string => marked.parse( markdown.replace( /\r\n?/g, '\n' ), { async: false } );

/** Markdown (inline) → HTML, untrusted. */
export const inlineMarkdownToHtml = ( markdown: string ): string => marked.parseInline( markdown, { async: false } );
