/**
 * TEST DOUBLE — builds the deterministic article the fake model returns for
 * IGNY8's generate_content function. Same prompt in, same article out, so tests
 * and benchmarks can assert on it; the shape matches the function's output schema.
 */

/** What the fake reads back out of the Worker's generate_content prompt. */
export interface ArticleBrief {
	title: string;
	brief: string;
	keywords: string[];
	language: string;
	contentType: string;
	/** From the author profile line; the fake uses one anyway, as a careless model would. */
	bannedWords: string[];
	/** The "## " / "### " lines under "Outline:"; the fake follows them as a good model does. */
	outline: Array<{ heading: string; level: 2 | 3 }>;
	/** "FAQ: no" leaves the questions section out; "Key takeaways: yes" adds one after the introduction. */
	faq: boolean;
	takeaways: boolean;
}

export interface FakeArticle {
	title: string;
	meta_title: string;
	meta_description: string;
	excerpt: string;
	content_html: string;
	language: string;
}

const LABELS = [ 'title', 'brief', 'keywords', 'language', 'content type', 'banned words', 'outline', 'faq', 'key takeaways' ];

/** Reads "Label: value" lines of the user prompt; a multi-line brief runs to the next label. */
export function parseBrief( prompt: string ): ArticleBrief {
	const fields: Record<string, string> = {};
	const outline: ArticleBrief[ 'outline' ] = [];
	let current: string | null = null;
	for ( const line of prompt.split( /\r?\n/ ) ) {
		const heading = current === 'outline' ? /^(#{2,3}) (.+)$/.exec( line ) : null;
		if ( heading ) {
			outline.push( { heading: heading[ 2 ]!.trim(), level: heading[ 1 ] === '###' ? 3 : 2 } );
			continue;
		}
		const match = /^\s*([A-Za-z ]+):\s*(.*)$/.exec( line );
		const label = match?.[ 1 ]?.trim().toLowerCase();
		if ( match && label && LABELS.includes( label ) ) {
			current = label;
			fields[ label ] = match[ 2 ] ?? '';
		} else if ( current === 'brief' ) {
			fields.brief += `\n${ line }`;
		}
	}
	const fallbackTitle = prompt.split( /\r?\n/ ).find( ( line ) => line.trim() !== '' )?.trim() ?? 'Untitled topic';
	const title = ( fields.title ?? '' ).trim() || fallbackTitle.slice( 0, 80 );
	const keywords = ( fields.keywords ?? '' )
		.split( ',' )
		.map( ( keyword ) => keyword.trim() )
		.filter( ( keyword ) => keyword !== '' && keyword.toLowerCase() !== 'none' );
	return {
		title,
		brief: ( fields.brief ?? '' ).trim(),
		keywords,
		// "de-DE (German). Write every…" → "de-DE"
		language: /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*/.exec( ( fields.language ?? '' ).trim() )?.[ 0 ] ?? 'en',
		bannedWords: ( fields[ 'banned words' ] ?? '' ).split( ',' ).map( ( word ) => word.trim() ).filter( Boolean ),
		contentType: ( fields[ 'content type' ] ?? 'post' ).trim() || 'post',
		outline,
		faq: ! /^no\b/i.test( ( fields.faq ?? '' ).trim() ),
		takeaways: /^yes\b/i.test( ( fields[ 'key takeaways' ] ?? '' ).trim() ),
	};
}

/** FNV-1a, enough to turn a prompt into a stable seed. */
export function hashText( text: string ): number {
	let hash = 0x811c9dc5;
	for ( let i = 0; i < text.length; i++ ) {
		hash ^= text.charCodeAt( i );
		hash = Math.imul( hash, 0x01000193 ) >>> 0;
	}
	return hash >>> 0;
}

function escapeHtml( text: string ): string {
	return text.replace( /&/g, '&amp;' ).replace( /</g, '&lt;' ).replace( />/g, '&gt;' ).replace( /"/g, '&quot;' );
}

function capitalise( text: string ): string {
	return text.charAt( 0 ).toUpperCase() + text.slice( 1 );
}

function clip( text: string, max: number ): string {
	if ( text.length <= max ) return text;
	const cut = text.slice( 0, max - 1 );
	return `${ cut.slice( 0, Math.max( cut.lastIndexOf( ' ' ), max - 20 ) ).trimEnd() }…`;
}

const STOP_WORDS = new Set( 'a an and the of for to in on with how what why your you is are best guide vs or'.split( ' ' ) );

/** Keywords the fake invents from the title and brief when the prompt gives none. */
function deriveKeywords( brief: ArticleBrief ): string[] {
	if ( brief.keywords.length > 0 ) return brief.keywords;
	const words = `${ brief.title } ${ brief.brief }`
		.toLowerCase()
		.replace( /[^a-z0-9\s-]/g, ' ' )
		.split( /\s+/ )
		.filter( ( word ) => word.length > 3 && ! STOP_WORDS.has( word ) );
	const unique = [ ...new Set( words ) ];
	return unique.length > 0 ? unique.slice( 0, 4 ) : [ 'content planning' ];
}

const SENTENCES = [
	'Most teams start with {k} because it shows results quickly and is easy to measure.',
	'A clear plan for {k} keeps the work focused on what readers actually search for.',
	'When you look at {t} closely, the details decide whether a reader stays or leaves.',
	'Small, consistent improvements to {k} add up over a few months.',
	'Experienced editors treat {k} as a habit rather than a one-off project.',
	'The simplest way to judge {t} is to ask whether it answers the question a reader arrived with.',
	'Good examples make {k} concrete, so include one for every claim you make.',
	'Skipping the basics of {k} is the most common reason progress stalls.',
	'Write for people first; search engines reward pages that readers find useful.',
	'Review what you published last quarter before you decide where {k} goes next.',
	'A short checklist turns {k} from a vague goal into tasks someone can finish today.',
	'Numbers help: note where you started so you can show what {t} changed.',
];

/** A deterministic sentence picker seeded by the prompt. */
function sentenceMaker( seed: number, title: string, keywords: string[] ): ( keywordIndex: number ) => string {
	let state = seed || 1;
	return ( keywordIndex ) => {
		state = ( Math.imul( state, 1103515245 ) + 12345 ) >>> 0;
		const template = SENTENCES[ state % SENTENCES.length ]!;
		const keyword = keywords[ keywordIndex % keywords.length ]!;
		return escapeHtml( template.replace( '{k}', keyword ).replace( '{t}', title.toLowerCase() ) );
	};
}

/** Builds the article: h2/h3 sections, paragraphs, lists, a quote, a table and an FAQ. */
export function buildArticle( brief: ArticleBrief ): FakeArticle {
	const title = brief.title;
	const keywords = deriveKeywords( brief );
	const k = ( index: number ): string => escapeHtml( keywords[ index % keywords.length ]! );
	const sentence = sentenceMaker( hashText( `${ title }\n${ brief.brief }\n${ keywords.join( ',' ) }` ), title, keywords );
	const paragraph = ( keywordIndex: number, count = 3 ): string =>
		`<p>${ Array.from( { length: count }, ( _, i ) => sentence( keywordIndex + i ) ).join( ' ' ) }</p>`;
	const safeTitle = escapeHtml( title );
	const briefLine = brief.brief ? ` ${ escapeHtml( clip( brief.brief.replace( /\s+/g, ' ' ), 180 ) ) }` : '';

	// Without an outline, the fake's own sections; with one, its headings in order (as asked).
	const standardSections = (): string[] => [
		`<h2>Why ${ safeTitle } matters</h2>`,
		paragraph( 0 ),
		paragraph( 2 ),
		`<h2>Key ideas behind ${ k( 0 ) }</h2>`,
		`<h3>${ escapeHtml( capitalise( keywords[ 1 % keywords.length ]! ) ) } in practice</h3>`,
		paragraph( 1 ),
		`<h3>Measuring ${ k( 2 ) }</h3>`,
		paragraph( 2 ),
		`<h2>A step-by-step approach</h2>`,
		paragraph( 3, 2 ),
		'<ol>' +
			[ `Research how people search for ${ k( 0 ) }.`, `Outline the page around the questions that matter.`, `Write a first draft and add <strong>one example per section</strong>.`, `Review, publish and measure ${ k( 1 ) }.` ]
				.map( ( item ) => `<li>${ item }</li>` )
				.join( '' ) +
			'</ol>',
	];
	const html = [
		`<p>This article covers ${ safeTitle.toLowerCase() }.${ briefLine } ${ sentence( 0 ) }${ brief.bannedWords[ 0 ] ? ` Some call it ${ escapeHtml( brief.bannedWords[ 0 ] ) }.` : '' }</p>`,
		paragraph( 1 ),
		...( brief.takeaways
			? [ '<h2>Key takeaways</h2>', `<ul><li>Start with what readers search for about ${ k( 0 ) }.</li><li>Give every section one concrete example.</li><li>Measure ${ k( 1 ) } before and after.</li></ul>` ]
			: [] ),
		...( brief.outline.length > 0
			? brief.outline.flatMap( ( item, index ) => [ `<h${ item.level }>${ escapeHtml( item.heading ) }</h${ item.level }>`, paragraph( index, 2 ) ] )
			: standardSections() ),
		`<h2>Checklist for ${ safeTitle }</h2>`,
		'<ul>' +
			[ `A clear answer to the main question about ${ k( 0 ) }`, 'Headings that match what readers scan for', `Internal links to related pages on ${ k( 2 ) }`, 'A meta description under 160 characters' ]
				.map( ( item ) => `<li>${ item }</li>` )
				.join( '' ) +
			'</ul>',
		`<blockquote><p>${ sentence( 3 ) }</p><cite>IGNY8 editorial team</cite></blockquote>`,
		`<h2>Comparing approaches</h2>`,
		paragraph( 0, 2 ),
		'<table><thead><tr><th>Approach</th><th>Best for</th><th>Effort</th></tr></thead><tbody>' +
			`<tr><td>Quick wins on ${ k( 0 ) }</td><td>New sites</td><td>Low</td></tr>` +
			`<tr><td>Content clusters around ${ k( 1 ) }</td><td>Growing sites</td><td>Medium</td></tr>` +
			`<tr><td>Full refresh of ${ k( 2 ) }</td><td>Established sites</td><td>High</td></tr>` +
			'</tbody></table>',
		...( brief.faq
			? [
				'<h2>Frequently asked questions</h2>',
				`<h3>What is ${ k( 0 ) }?</h3>`,
				paragraph( 0, 2 ),
				`<h3>How long does ${ safeTitle.toLowerCase() } take to show results?</h3>`,
				paragraph( 1, 2 ),
				`<h3>Where should a beginner start with ${ k( 1 ) }?</h3>`,
				paragraph( 2, 2 ),
			]
			: [] ),
		'<h2>Conclusion</h2>',
		paragraph( 3 ),
	].join( '\n' );

	const lead = `A practical guide to ${ title.toLowerCase() }: what matters, a step-by-step approach, a checklist and answers to common questions about ${ keywords[ 0 ] }.`;
	return {
		title,
		meta_title: clip( `${ title } | Practical guide`, 60 ),
		meta_description: clip( lead, 155 ),
		excerpt: clip( lead, 200 ),
		content_html: html,
		language: brief.language,
	};
}
