/** Scripts, directions, emoji and invisible characters. */
import type { Source } from './types.ts';

export const unicode: Source[] = [
	{ id: 'uni-arabic-rtl', description: 'Arabic (RTL) article with dir attributes', body: `<h2 dir="rtl">تحضير القهوة</h2><p dir="rtl">القهوة الطازجة ألذ عندما تُطحن قبل التحضير.</p>`, text: [ 'تحضير القهوة', 'القهوة الطازجة ألذ عندما تُطحن قبل التحضير.' ] },
	{ id: 'uni-hebrew-rtl', description: 'Hebrew with an embedded English word', body: `<p>קפה <strong>espresso</strong> טרי הוא הטוב ביותר.</p>`, text: [ 'קפה', 'espresso', 'טרי הוא הטוב ביותר.' ] },
	{ id: 'uni-bidi-controls', description: 'Bidi control characters (RLO/LRI) in text', body: `<p>File name: invoice\u202Egpj.exe and \u2067isolated\u2069 text.</p>`, text: [ 'File name: invoice', 'isolated' ] },
	{ id: 'uni-cjk-chinese', description: 'Simplified Chinese article', body: `## 如何冲泡咖啡\n\n新鲜研磨的咖啡豆味道最好。\n\n- 水温 94 度\n- 比例 1:16`, text: [ '如何冲泡咖啡', '新鲜研磨的咖啡豆味道最好。', '水温 94 度', '比例 1:16' ] },
	{ id: 'uni-cjk-japanese', description: 'Japanese with ruby annotations', body: `<p><ruby>珈琲<rp>(</rp><rt>コーヒー</rt><rp>)</rp></ruby>は挽きたてが一番です。</p>`, text: [ '珈琲', 'は挽きたてが一番です。' ] },
	{ id: 'uni-cjk-korean', description: 'Korean headings and list', body: `<h2>커피 내리는 법</h2><ol><li>물을 끓인다</li><li>원두를 간다</li></ol>`, text: [ '커피 내리는 법', '물을 끓인다', '원두를 간다' ] },
	{ id: 'uni-emoji', description: 'Emoji with ZWJ sequences, skin tones and flags', body: `<p>Coffee ☕ time 👩🏽‍🍳 in 🇧🇷 and 🇪🇹 — family 👨‍👩‍👧‍👦!</p>`, text: [ 'Coffee ☕ time 👩🏽‍🍳 in 🇧🇷 and 🇪🇹', '👨‍👩‍👧‍👦' ] },
	{ id: 'uni-combining-marks', description: 'Combining marks (decomposed accents, Zalgo-light)', body: `<p>Cafe\u0301 and nai\u0308ve and Z\u0335a\u0336l\u0337g\u0338o.</p>`, text: [ 'Cafe\u0301 and nai\u0308ve' ] },
	{ id: 'uni-nbsp', description: 'Non-breaking spaces as entities and characters', body: `<p>100&nbsp;g of coffee and 1\u00A0l of water&nbsp;.</p>`, text: [ '100', 'g of coffee and 1', 'l of water' ] },
	{ id: 'uni-zero-width', description: 'Zero-width spaces, joiners and BOM', body: `<p>zero\u200Bwidth and join\u200Cer and \uFEFFbom text.</p>`, text: [ 'width and join', 'bom text.' ] },
	{ id: 'uni-devanagari', description: 'Hindi (Devanagari) paragraph', body: `<p>ताज़ी पिसी हुई कॉफ़ी सबसे अच्छी होती है।</p>`, text: [ 'ताज़ी पिसी हुई कॉफ़ी सबसे अच्छी होती है।' ] },
	{ id: 'uni-thai', description: 'Thai without word spaces', body: `<p>กาแฟสดอร่อยที่สุดเมื่อบดก่อนชง</p>`, text: [ 'กาแฟสดอร่อยที่สุดเมื่อบดก่อนชง' ] },
	{ id: 'uni-cyrillic-greek', description: 'Cyrillic and Greek', body: `<h3>Кофе и καφές</h3><p>Свежий кофе — ο καλύτερος.</p>`, text: [ 'Кофе и καφές', 'Свежий кофе — ο καλύτερος.' ] },
	{ id: 'uni-math-symbols', description: 'Math symbols and superscripts as characters', body: `<p>Extraction ≈ 20 % ± 2; area = πr²; ∑ ≤ ∞.</p>`, text: [ 'Extraction ≈ 20 % ± 2; area = πr²; ∑ ≤ ∞.' ] },
	{ id: 'uni-astral', description: 'Astral-plane characters (mathematical letters, old scripts)', body: `<p>𝕮𝖔𝖋𝖋𝖊𝖊 and 𐌀𐌁𐌂 and 𝄞.</p>`, text: [ '𝕮𝖔𝖋𝖋𝖊𝖊', '𐌀𐌁𐌂', '𝄞' ] },
	{ id: 'uni-fullwidth-tags', description: 'Fullwidth angle brackets are text, not tags', body: `<p>＜script＞window.__xss=1＜/script＞ is just text.</p>`, text: [ '＜script＞window.__xss=1＜/script＞ is just text.' ] },
	{ id: 'uni-numeric-entities', description: 'Numeric entities for astral and special code points', body: `<p>&#128512; &#x1F600; &#8217;quote&#8217; &#0; &#xD800; end</p>`, text: [ '😀 😀 ’quote’', 'end' ] },
	{ id: 'uni-control-chars', description: 'C0/C1 control characters in text', body: `<p>bell\u0007 and esc\u001B[31m and del\u007F and c1\u0085 text.</p>`, text: [ 'bell', 'text.' ] },
	{ id: 'uni-mixed-direction-table', description: 'A table mixing RTL and LTR cells', body: `<table><tr><th>English</th><th>العربية</th></tr><tr><td>Coffee</td><td>قهوة</td></tr></table>`, text: [ 'English', 'العربية', 'Coffee', 'قهوة' ] },
	{ id: 'uni-title-fields', description: 'Unicode and entities in the plain-text fields', body: `<p>Body text.</p>`, text: [ 'Body text.' ], fields: { title: 'Caf&eacute; &amp; cr&egrave;me — 咖啡 ☕', meta_title: 'Caf&eacute; guide', excerpt: 'Short&nbsp;summary with &lt;tags&gt;.' } },
];
