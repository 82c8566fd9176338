/**
 * TEST DOUBLE — deterministic replies of the fake model for IGNY8's planning and editing
 * functions (auto_cluster, generate_ideas, generate_image_prompts, optimize_content, rewrite,
 * generate_meta, generate_excerpt, generate_product_description, generate_faq, generate_takeaways).
 * It reads the Worker's prompts back ("Label: value" lines) and answers with plausible,
 * schema-valid JSON. NOT A REAL MODEL: no language understanding, just string rules.
 */

/** The value of a "Label: value" line in a prompt. */
export function labelled( prompt: string, label: string ): string | undefined {
	const match = new RegExp( `^\\s*${ label }:\\s*(.*)$`, 'mi' ).exec( prompt );
	return match?.[ 1 ]?.trim();
}

/** The BCP 47 tag at the start of the Worker's "Language: de-DE (German). …" line. */
export function languageOf( prompt: string ): string {
	return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*/.exec( labelled( prompt, 'Language' ) ?? '' )?.[ 0 ] ?? 'en';
}

const capitalise = ( text: string ): string => text.charAt( 0 ).toUpperCase() + text.slice( 1 );

/**
 * auto_cluster: one cluster per keyword's last word ("cold brew coffee" → "Coffee"), names
 * reused across chunks. Like a real model now and then, it leaves out one-word keywords:
 * the Worker must put those in its fallback cluster.
 */
export function clusterReply( prompt: string ): unknown {
	const clusters = new Map<string, { name: string; description: string; keyword_ids: number[] }>();
	for ( const line of prompt.split( '\n' ) ) {
		const match = /^(\d+) \| ([^|]+) \|/.exec( line );
		if ( ! match ) continue;
		const words = match[ 2 ]!.trim().toLowerCase().split( /\s+/ );
		if ( words.length < 2 ) continue; // the deliberate slip described above
		const head = words[ words.length - 1 ]!;
		const cluster = clusters.get( head ) ?? { name: capitalise( head ), description: `Searches about ${ head }.`, keyword_ids: [] };
		cluster.keyword_ids.push( Number( match[ 1 ] ) );
		clusters.set( head, cluster );
	}
	return { clusters: [ ...clusters.values() ], language: languageOf( prompt ) };
}

/** generate_ideas: "Ideas per cluster" ideas for every "Cluster <id>: <name> — keywords: …" line. */
export function ideasReply( prompt: string ): unknown {
	const perCluster = Number( labelled( prompt, 'Ideas per cluster' ) ) || 3;
	const angles = [ 'The complete guide to', 'Common mistakes with', 'How to choose', 'A beginner’s checklist for', 'Advanced tips on', 'Questions people ask about', 'Costs and budgets for', 'Tools for', 'Case study:', 'Myths about' ];
	const ideas: unknown[] = [];
	for ( const line of prompt.split( '\n' ) ) {
		const match = /^Cluster (\d+): (.+?) — keywords: ([^—]*)/.exec( line );
		if ( ! match ) continue;
		const name = match[ 2 ]!.trim();
		const keywords = match[ 3 ]!.split( ',' ).map( ( word ) => word.trim() ).filter( Boolean );
		for ( let index = 0; index < perCluster; index++ ) {
			const title = `${ angles[ index % angles.length ] } ${ name.toLowerCase() }`;
			ideas.push( {
				cluster_id: Number( match[ 1 ] ),
				title,
				description: `An article on ${ name.toLowerCase() } for readers comparing options.`,
				suggested_keywords: keywords.slice( index, index + 3 ).length ? keywords.slice( index, index + 3 ) : [ name.toLowerCase() ],
				outline: [
					{ heading: `What ${ name.toLowerCase() } means`, level: 2 },
					{ heading: 'Key terms', level: 3 },
					{ heading: `Choosing ${ name.toLowerCase() }`, level: 2 },
					{ heading: 'Frequently asked questions', level: 2 },
				],
				content_type: 'post',
			} );
		}
	}
	return { ideas, language: languageOf( prompt ) };
}

/** generate_image_prompts: a featured image and one per heading, up to "In-article images". */
export function imagePromptsReply( prompt: string ): unknown {
	const title = labelled( prompt, 'Title' ) ?? 'the topic';
	const count = Number( labelled( prompt, 'In-article images' ) ?? 3 );
	const headings = ( labelled( prompt, 'Headings' ) ?? '' ).split( ' | ' ).filter( ( heading ) => heading && heading !== 'none' );
	return {
		featured: { prompt: `A bright editorial photograph illustrating ${ title }, natural light, no text`, alt: `Illustration for ${ title }`, caption: title },
		in_article: headings.slice( 0, count ).map( ( heading ) => ( { prompt: `A photograph that shows ${ heading }, no text`, alt: heading, caption: heading, after_heading: heading } ) ),
		language: languageOf( prompt ),
	};
}

/** One segment of the article optimize_content sends (the Worker's segments.ts). */
interface Segment {
	id: string;
	kind: string;
	html: string;
}

/** The segments after the prompt's marker line (a JSON array), or none. */
export function promptSegments( prompt: string ): Segment[] {
	const json = prompt.split( /\nSegments \(JSON, in reading order\):\n/ )[ 1 ] ?? '[]';
	try {
		const parsed: unknown = JSON.parse( json.trim() );
		return Array.isArray( parsed ) ? ( parsed as Segment[] ) : [];
	} catch {
		return [];
	}
}

/**
 * optimize_content: rewrites segments by id (the first paragraph and every FAQ answer), adds a
 * keyword section after the first paragraph and lists the changes.
 */
export function optimizeReply( prompt: string ): unknown {
	const title = labelled( prompt, 'Title' ) ?? 'Article';
	const keywords = ( labelled( prompt, 'Keywords' ) ?? '' ).split( ',' ).map( ( word ) => word.trim() ).filter( Boolean );
	const segments = promptSegments( prompt );
	const main = keywords[ 0 ] ?? title.toLowerCase();
	const first = segments.find( ( segment ) => segment.kind === 'p' ) ?? segments[ 0 ];
	const rewritten = [
		...( first ? [ { id: first.id, html: `${ first.html } It is the heart of ${ main }.` } ] : [] ),
		...segments.filter( ( segment ) => segment.kind === 'faq_answer' && segment !== first ).map( ( segment ) => ( { id: segment.id, html: `${ segment.html } That holds for ${ main } too.` } ) ),
	];
	return {
		title: `${ title }: a practical guide`,
		meta_title: `${ title } | Guide`.slice( 0, 60 ),
		meta_description: `Everything about ${ main }: what matters, how to start and answers to common questions.`.slice( 0, 155 ),
		segments: rewritten,
		insert: first
			? [
					{ after: first.id, tag: 'h2', html: `Key points about ${ main }` },
					{ after: first.id, tag: 'p', html: `Keep ${ main } in mind while you read: ${ keywords.join( ', ' ) }.` },
			  ]
			: [],
		changes: [ 'Made the title more specific.', 'Wrote a meta description under 155 characters.', `Added a section on ${ main }.` ],
		language: languageOf( prompt ),
	};
}

/** rewrite: plain text (streamed), shaped by the mode. */
export function rewriteReply( prompt: string ): string {
	const mode = labelled( prompt, 'Mode' ) ?? 'clearer';
	const text = ( prompt.split( /\nText:\n/ )[ 1 ] ?? '' ).trim();
	const sentences = text.split( /(?<=[.!?])\s+/ ).filter( Boolean );
	if ( mode === 'shorter' ) return sentences.slice( 0, Math.max( 1, Math.ceil( sentences.length / 2 ) ) ).join( ' ' );
	if ( mode === 'longer' ) return `${ text } In practice, this means starting small and checking the results each week.`;
	if ( mode === 'persuasive' ) return `${ text } Start today: the sooner you begin, the sooner you see results.`;
	return sentences.map( ( sentence ) => sentence.replace( /\s+/g, ' ' ) ).join( ' ' );
}

/** generate_meta (TEST DOUBLE): a snippet built from the title and keyword, within the length targets. */
export function metaReply( prompt: string ): unknown {
	const title = labelled( prompt, 'Title' ) ?? 'Article';
	const keyword = labelled( prompt, 'Keyword' ) || title.toLowerCase();
	const metaTitle = `${ capitalise( keyword ) }: ${ title }`.slice( 0, 60 ).padEnd( 30, '.' );
	const description = `Learn ${ keyword } step by step: what it is, how to start, the mistakes to avoid and answers to the questions readers ask most often.`;
	return { meta_title: metaTitle, meta_description: description.slice( 0, 160 ), language: languageOf( prompt ) };
}

/** generate_excerpt (TEST DOUBLE): two sentences naming the title and keyword. */
export function excerptReply( prompt: string ): unknown {
	const title = labelled( prompt, 'Title' ) ?? 'this article';
	const keyword = labelled( prompt, 'Keyword' ) || title.toLowerCase();
	return { excerpt: `${ title }: what ${ keyword } is and how to start. The steps, the mistakes to avoid and the answers readers ask for most.`, language: languageOf( prompt ) };
}

/**
 * generate_product_description (TEST DOUBLE): copy that names the product, its first category and
 * every attribute value and the price, read back from the prompt's lines.
 */
export function productDescriptionReply( prompt: string ): unknown {
	const product = labelled( prompt, 'Product' ) ?? 'This product';
	const category = ( labelled( prompt, 'Categories' ) ?? '' ).split( ',' )[ 0 ]?.trim() || 'the shop';
	const price = labelled( prompt, 'Price' ) ?? '';
	const attributes = prompt.split( '\n' ).flatMap( ( line ) => {
		const match = /^Attribute: ([^=]+) = (.+)$/.exec( line.trim() );
		return match ? [ `<li><strong>${ match[ 1 ]!.trim() }:</strong> ${ match[ 2 ]!.trim() }</li>` ] : [];
	} );
	const description = [
		`<p>${ product } belongs in ${ category.toLowerCase() }: made for everyday use and easy to care for.</p>`,
		attributes.length ? `<ul>${ attributes.join( '' ) }</ul>` : '',
		price ? `<p>Yours for ${ price }.</p>` : '',
	].join( '' );
	return { description, short_description: `${ product }: a dependable pick from ${ category.toLowerCase() }.`, language: languageOf( prompt ) };
}

/** generate_faq (TEST DOUBLE): as many question/answer pairs as asked, about the keyword. */
export function faqReply( prompt: string ): unknown {
	const keyword = labelled( prompt, 'Keyword' ) || ( labelled( prompt, 'Title' ) ?? 'this topic' ).toLowerCase();
	const count = Math.min( 8, Math.max( 1, Number( labelled( prompt, 'Questions' ) ?? 3 ) || 3 ) );
	const questions = [ `What is ${ keyword }?`, `How do I start with ${ keyword }?`, `How long does ${ keyword } take?`, `What mistakes should I avoid with ${ keyword }?`, `Is ${ keyword } worth it?`, `What do I need for ${ keyword }?`, `Can beginners do ${ keyword }?`, `Where can I learn more about ${ keyword }?` ];
	return {
		items: questions.slice( 0, count ).map( ( question, i ) => ( { question, answer: `Answer ${ i + 1 }: ${ capitalise( keyword ) } is simpler than it looks. Start small, check the result each week and adjust.` } ) ),
		language: languageOf( prompt ),
	};
}

/** generate_takeaways (TEST DOUBLE): as many one-sentence takeaways as asked, about the keyword. */
export function takeawaysReply( prompt: string ): unknown {
	const keyword = labelled( prompt, 'Keyword' ) || ( labelled( prompt, 'Title' ) ?? 'this topic' ).toLowerCase();
	const count = Math.min( 7, Math.max( 1, Number( labelled( prompt, 'Takeaways' ) ?? 4 ) || 4 ) );
	const points = [ `Start ${ keyword } small and build up week by week.`, `Good equipment makes ${ keyword } safer and more fun.`, `Check your progress with ${ keyword } every week and adjust.`, `Most mistakes with ${ keyword } come from doing too much too soon.`, `Rest is part of ${ keyword }, not a break from it.`, `Learn from people who have done ${ keyword } for years.`, `Write down what works for you in ${ keyword }.` ];
	return { items: points.slice( 0, count ).map( capitalise ), language: languageOf( prompt ) };
}
