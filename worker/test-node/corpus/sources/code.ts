/** Code in articles: characters that look like markup must stay text. */
import type { Source } from './types.ts';

export const code: Source[] = [
	{ id: 'code-pre-lt-amp', description: 'pre with escaped < and &', body: `<pre>if (a &lt; b &amp;&amp; c) { return "&lt;ok&gt;"; }</pre>`, text: [ 'if (a < b && c) { return "<ok>"; }' ] },
	{ id: 'code-pre-code', description: 'pre > code with a language class', body: `<pre><code class="language-php">&lt;?php echo esc_html( $title ); ?&gt;</code></pre>`, text: [ '<?php echo esc_html( $title ); ?>' ] },
	{ id: 'code-pre-raw-lt', description: 'pre with a raw < followed by a space', body: `<pre>x < 10 && y > 2</pre>`, text: [ 'x < 10 && y > 2' ] },
	{ id: 'code-pre-html-tags', description: 'pre whose text has real tags (they become text-free markup)', body: `<pre><b>bold in pre</b>\nsecond line</pre>`, text: [ 'bold in pre', 'second line' ] },
	{ id: 'code-inline', description: 'Inline code with entities', body: `<p>Call <code>wp_kses_post( $html )</code> and <code>&lt;br&gt;</code>.</p>`, text: [ 'wp_kses_post( $html )', '<br>' ] },
	{ id: 'code-script-text', description: 'Escaped script tags inside code stay visible text', body: `<p>Never write <code>&lt;script&gt;window.__xss=1&lt;/script&gt;</code> in a post.</p>`, text: [ '<script>window.__xss=1</script>', 'in a post.' ] },
	{ id: 'code-pre-leading-newline', description: 'pre starting with a newline (HTML drops the first one)', body: `<pre>\nfirst real line\nsecond</pre>`, text: [ 'first real line', 'second' ] },
	{ id: 'code-pre-whitespace', description: 'Indentation and tabs inside pre', body: `<pre>def brew():\n    return "ok"\n\tdone</pre>`, text: [ 'def brew():', 'return "ok"', 'done' ] },
	{ id: 'code-md-fence-html', description: 'Markdown fence containing HTML', body: "```html\n<div class=\"cup\"><img src=x onerror=window.__xss=1></div>\n```", text: [ '<div class="cup"><img src=x onerror=window.__xss=1></div>' ] },
	{ id: 'code-md-fence-json', description: 'Markdown fence containing JSON', body: "```json\n{\"ratio\": 16, \"temp\": \"94 °C\"}\n```", text: [ '{"ratio": 16, "temp": "94 °C"}' ] },
	{ id: 'code-md-inline-backticks', description: 'Inline code with double backticks around a backtick', body: 'Use ``a ` b`` here.', text: [ 'a ` b', 'here.' ] },
	{ id: 'code-pre-comment-like', description: 'Comment-looking and CDATA-looking text in pre', body: `<pre>&lt;!-- not a comment --&gt; and &lt;![CDATA[ x ]]&gt;</pre>`, text: [ '<!-- not a comment --> and <![CDATA[ x ]]>' ] },
	{ id: 'code-kbd-samp', description: 'kbd, samp and var', body: `<p>Press <kbd>Ctrl</kbd>+<kbd>S</kbd>; output <samp>Saved</samp>; set <var>n</var>.</p>`, text: [ 'Ctrl', 'S', 'Saved', 'n' ] },
	{ id: 'code-md-fence-in-list', description: 'A fenced code block inside a list item', body: "1. Install:\n\n   ```sh\n   npm i grinder && grind < beans\n   ```\n\n2. Run it.", text: [ 'Install:', 'npm i grinder && grind < beans', 'Run it.' ] },
	{ id: 'code-long-pre', description: 'A long code listing', body: `<pre>${ Array.from( { length: 40 }, ( _v, n ) => `line ${ n } &lt;tag&gt; &amp;` ).join( '\n' ) }</pre>`, text: [ 'line 0 <tag> &', 'line 39 <tag> &' ] },
];
