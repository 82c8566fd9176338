/** Replies that are not a clean JSON object: fences, prose, cut-off JSON and refusals. */
import type { Source } from './types.ts';

/** A complete, valid article reply used inside the wrappers below. */
export const sampleArticle = JSON.stringify( {
	title: 'Wrapped reply',
	meta_title: 'Wrapped reply',
	meta_description: 'An article inside a wrapper.',
	excerpt: 'An article inside a wrapper.',
	language: 'en',
	content_html: '<h2>Inside the wrapper</h2><p>The article survives the wrapper.</p>',
} );
const inside = [ 'Inside the wrapper', 'The article survives the wrapper.' ];
const pretty = JSON.stringify( JSON.parse( sampleArticle ), null, 2 );
const notJson = 'not valid JSON';

export const wrapped: Source[] = [
	{ id: 'wrap-fence-json', description: 'A ```json fence around the object', raw: { content: '```json\n' + pretty + '\n```' }, text: inside },
	{ id: 'wrap-fence-plain', description: 'A bare ``` fence around the object', raw: { content: '```\n' + sampleArticle + '\n```' }, text: inside },
	{ id: 'wrap-fence-upper', description: 'A ```JSON fence (upper case)', raw: { content: '```JSON\n' + sampleArticle + '\n```' }, text: inside },
	{ id: 'wrap-whitespace', description: 'Blank lines and spaces around the object', raw: { content: '\n\n   ' + pretty + '   \n\n' }, text: inside },
	{ id: 'wrap-bom', description: 'A byte order mark before the object', raw: { content: '\uFEFF' + sampleArticle }, text: inside },
	{ id: 'wrap-prose-before', description: 'Prose before the JSON object', raw: { content: 'Here is your article:\n\n' + sampleArticle }, error: notJson },
	{ id: 'wrap-prose-after', description: 'Prose after the JSON object', raw: { content: sampleArticle + '\n\nLet me know if you want changes!' }, error: notJson },
	{ id: 'wrap-prose-around-fence', description: 'Prose around a fenced JSON object', raw: { content: 'Sure! Here it is:\n```json\n' + sampleArticle + '\n```\nHope this helps.' }, error: notJson },
	{ id: 'wrap-prose-only', description: 'Prose without any JSON', raw: { content: 'Coffee is a brewed drink prepared from roasted coffee beans. It is popular worldwide.' }, error: notJson },
	{ id: 'wrap-markdown-only', description: 'A Markdown article instead of the JSON object', raw: { content: '# Coffee\n\n## Beans\n\nFresh beans are best.\n\n- grind\n- brew' }, error: notJson },
	{ id: 'wrap-single-quotes', description: 'JavaScript-style object with single quotes', raw: { content: "{'title': 'x', 'content_html': '<p>x</p>'}" }, error: notJson },
	{ id: 'wrap-trailing-comma', description: 'A trailing comma after the last property', raw: { content: sampleArticle.replace( /}$/, ',}' ) }, error: notJson },
	{ id: 'wrap-missing-content', description: 'Valid JSON without content_html', raw: { content: JSON.stringify( { title: 'No body', meta_title: 'No body', meta_description: 'None', excerpt: 'None', language: 'en' } ) }, error: 'content_html' },
	{ id: 'wrap-empty-content', description: 'Valid JSON with an empty content_html', raw: { content: JSON.stringify( { title: 'Empty body', meta_title: 'Empty', meta_description: 'None', excerpt: 'None', language: 'en', content_html: '' } ) }, error: 'content_html' },
];

const cut = ( text: string, at: string ) => text.slice( 0, text.indexOf( at ) + at.length );
const cutOff = 'cut off';

export const truncated: Source[] = [
	{ id: 'trunc-in-content', description: 'Cut off inside content_html', raw: { content: cut( sampleArticle, 'The article sur' ), finish_reason: 'length' }, error: cutOff },
	{ id: 'trunc-in-tag', description: 'Cut off inside an HTML tag', raw: { content: cut( sampleArticle, '<h2>Inside the wrapper</h' ), finish_reason: 'length' }, error: cutOff },
	{ id: 'trunc-after-key', description: 'Cut off right after a key', raw: { content: cut( sampleArticle, '"content_html":' ), finish_reason: 'length' }, error: cutOff },
	{ id: 'trunc-in-title', description: 'Cut off inside the title', raw: { content: cut( sampleArticle, '"title":"Wrap' ), finish_reason: 'length' }, error: cutOff },
	{ id: 'trunc-in-escape', description: 'Cut off inside a \\u escape', raw: { content: '{"title":"Caf\\u00', finish_reason: 'length' }, error: cutOff },
	{ id: 'trunc-in-fence', description: 'Cut off inside a ```json fence', raw: { content: '```json\n' + cut( pretty, '"excerpt"' ), finish_reason: 'length' }, error: cutOff },
	{ id: 'trunc-before-close', description: 'Everything but the closing brace', raw: { content: sampleArticle.slice( 0, -1 ), finish_reason: 'length' }, error: cutOff },
	{ id: 'trunc-markdown-body', description: 'Cut off inside a long Markdown body', raw: { content: cut( JSON.stringify( { title: 'Long', meta_title: 'Long', meta_description: 'Long', excerpt: 'Long', language: 'en', content_html: `## Part\n\n${ 'Words and more words. '.repeat( 40 ) }` } ), 'more words. Words' ), finish_reason: 'length' }, error: cutOff },
];

const refused = 'refused';

export const refusals: Source[] = [
	{ id: 'refusal-plain', description: 'A refusal with content null', raw: { content: null, refusal: "I'm sorry, but I can't help with that request." }, error: refused },
	{ id: 'refusal-policy', description: 'A refusal naming a policy', raw: { content: null, refusal: 'I cannot write this article because it would promote dangerous activities.' }, error: refused },
	{ id: 'refusal-markup', description: 'A refusal whose text contains markup', raw: { content: null, refusal: `I can't do that. <img src=x onerror=window.__xss=1>` }, error: refused },
	{ id: 'refusal-unicode', description: 'A refusal in German with Unicode', raw: { content: null, refusal: 'Es tut mir leid, aber dabei kann ich nicht helfen. ☕' }, error: refused },
	{ id: 'refusal-long', description: 'A long refusal', raw: { content: null, refusal: `I'm unable to comply. ${ 'This request conflicts with the usage policies. '.repeat( 20 ) }` }, error: refused },
	{ id: 'refusal-empty-content', description: 'A refusal with an empty string as content', raw: { content: '', refusal: 'I must decline.' }, error: refused },
	{ id: 'refusal-as-prose', description: 'A refusal written as ordinary content (no refusal field)', raw: { content: "I'm sorry, but I can't assist with that." }, error: notJson },
];
