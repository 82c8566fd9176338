/** One question and its answer (rich text HTML). */
export interface FaqItem {
	question: string;
	answer: string;
}

/** Attributes as declared in block.json. */
export interface FaqAttributes {
	heading: string;
	items: FaqItem[];
}
