/**
 * Mutation-XSS vectors: markup whose tree changes when it is serialised and parsed again
 * (foreign content, raw-text elements, foster parenting, comments). A successful attack sets
 * window.__xss = 1.
 */
import type { Source } from './types.ts';

const X = 'window.__xss=1';

const vectors: Array<[ string, string, string ]> = [
	[ 'svg-style-img', 'svg > style > img (style is not raw text in SVG)', `<svg><style><img src=x onerror="${ X }"></style></svg>` ],
	[ 'math-mglyph-style', 'The DOMPurify 2.0.0 bypass: math > mtext > table > mglyph > style', `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=${ X }&gt;">` ],
	[ 'math-mglyph-form', 'Nested forms with math and mglyph', `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${ X }>` ],
	[ 'noscript-title', 'noscript with a closing tag inside an attribute', `<noscript><p title="</noscript><img src=x onerror=${ X }>"></noscript>` ],
	[ 'nested-script', 'A script tag split by another (<scr<script>ipt>)', `<scr<script>ipt>${ X }</scr</script>ipt>` ],
	[ 'svg-p-style', 'svg, closing p, style with a closing style in an attribute', `<svg></p><style><a id="</style><img src=1 onerror=${ X }>">` ],
	[ 'math-xlink-data', 'MathML xlink:href with a data: script', `<math><mi//xlink:href="data:x,<script>${ X }</script>">` ],
	[ 'template-img', 'An image with onerror inside a template', `<template><img src=x onerror=${ X }></template>` ],
	[ 'textarea-img', 'Markup inside textarea', `<textarea><img src=x onerror=${ X }></textarea>` ],
	[ 'title-img', 'Markup inside title', `<title><img src=x onerror=${ X }></title>` ],
	[ 'xmp-img', 'Markup inside xmp', `<xmp><img src=x onerror=${ X }></xmp>` ],
	[ 'noembed', 'noembed with a closing tag in an attribute', `<noembed><img title="</noembed><img src onerror=${ X }>"></noembed>` ],
	[ 'noframes', 'noframes with a closing tag in an attribute', `<noframes><img title="</noframes><img src onerror=${ X }>"></noframes>` ],
	[ 'iframe-text', 'iframe content with a closing tag in an attribute', `<iframe><img title="</iframe><img src onerror=${ X }>"></iframe>` ],
	[ 'svg-foreignobject', 'svg > foreignObject > img', `<svg><foreignObject><img src=x onerror=${ X }></foreignObject></svg>` ],
	[ 'math-annotation-xml', 'annotation-xml encoding text/html', `<math><annotation-xml encoding="text/html"><img src=x onerror=${ X }></annotation-xml></math>` ],
	[ 'svg-a-xlink', 'svg a with xlink:href javascript:', `<svg><a xlink:href="javascript:${ X }"><text x="20" y="20">svg link</text></a></svg>` ],
	[ 'svg-animate', 'svg animate setting href', `<svg><a><animate attributeName="href" values="javascript:${ X }"/><text x="20" y="20">animated</text></a></svg>` ],
	[ 'comment-breakout', 'A comment closed early (--!>)', `<!-- x --!><img src=x onerror=${ X }> -->` ],
	[ 'comment-in-attr', 'A comment end inside an attribute', `<p title="--><img src=x onerror=${ X }>">attr comment</p>` ],
	[ 'cdata-html', 'CDATA in HTML content', `<![CDATA[<img src=x onerror=${ X }>]]>` ],
	[ 'cdata-svg', 'CDATA inside svg', `<svg><![CDATA[</svg><img src=x onerror=${ X }>]]></svg>` ],
	[ 'p-title-close', 'A closing p inside an attribute value', `<p title="</p><img src=x onerror=${ X }>">p title</p>` ],
	[ 'table-foster-a', 'A link fostered out of a table', `<table><a href="javascript:${ X }">fostered link</a><td>cell</td></table>` ],
	[ 'select-template-style', 'select > template > style', `<select><template><style><img src=x onerror=${ X }></style></template></select>` ],
	[ 'style-style-img', 'A style that ends early, then an image', `<div><style><style/><img src=x onerror=${ X }>` ],
	[ 'plaintext', 'plaintext swallows the rest as text', `<plaintext><img src=x onerror=${ X }>` ],
	[ 'listing', 'listing with markup', `<listing>&lt;img src=x onerror=${ X }&gt;</listing>` ],
	[ 'backtick-attr', 'Backtick-quoted attribute (old IE mutation)', `<img src="test.jpg" alt="\`\`onload=${ X }">` ],
	[ 'svg-style-entity', 'svg style with an entity-encoded tag', `<svg><style>&lt;img src=x onerror=${ X }&gt;</style></svg>` ],
	[ 'math-style-entity', 'math style with an entity-encoded tag', `<math><style>&lt;img src=x onerror=${ X }&gt;</style></math>` ],
	[ 'a-in-a', 'A link inside a link (the parser closes the first)', `<a href="https://example.com/one">one<a href="javascript:${ X }">two</a></a>` ],
	[ 'form-in-form', 'Nested forms with an image', `<form><form><img src=x onerror=${ X }></form></form>` ],
	[ 'html-in-svg-desc', 'svg desc with HTML', `<svg><desc><img src=x onerror=${ X }></desc></svg>` ],
	[ 'keygen-isindex', 'Obsolete keygen and isindex with handlers', `<keygen autofocus onfocus=${ X }><isindex action="javascript:${ X }">` ],
];

/** Vectors left open (foreign content, raw text or plaintext to the end): the closing sentence is not visible text for a reader either. */
const SWALLOWS = new Set( [ 'math-mglyph-style', 'math-mglyph-form', 'math-xlink-data', 'style-style-img', 'plaintext' ] );

export const mxss: Source[] = vectors.map( ( [ name, description, payload ] ) => ( {
	id: `mxss-${ name }`,
	description: `Mutation XSS: ${ description }`,
	body: `<p>Safe sentence before.</p>${ payload }<p>Safe sentence after.</p>`,
	text: [ 'Safe sentence before.', ...( SWALLOWS.has( name ) ? [] : [ 'Safe sentence after.' ] ) ],
	hosts: payload.includes( 'https://example.com/one' ) ? [ 'example.com' ] : [],
} ) );
