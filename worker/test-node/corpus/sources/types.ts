/** One readable corpus source; generate.ts turns it into a reply fixture (replies/<id>.json). */
export interface Source {
	/** [a-z0-9-]+, unique across the corpus. */
	id: string;
	description: string;
	/** The article body the model puts in content_html (HTML, Markdown or a mix). */
	body?: string;
	/** Visible text that must survive into the article. */
	text?: string[];
	/** The only hosts the article may link to. */
	hosts?: string[];
	/** Overrides for the plain-text fields of the reply (title, meta_title, meta_description, excerpt). */
	fields?: Partial<Record<'title' | 'meta_title' | 'meta_description' | 'excerpt', string>>;
	/** The exact reply, when it is not a well-formed article object. */
	raw?: { content: string | null; refusal?: string | null; finish_reason?: 'stop' | 'length' };
	/** For replies the job must refuse: a substring of the job's error message. */
	error?: string;
}

export type Category = 'markdown' | 'html' | 'lists-tables' | 'code' | 'unicode' | 'xss' | 'mxss' | 'wrapped-json' | 'truncated' | 'refusal';
