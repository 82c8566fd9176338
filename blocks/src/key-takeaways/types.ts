/** One takeaway: rich text (HTML) of a list item. */
export interface Takeaway {
	text: string;
}

/** Attributes as declared in block.json. */
export interface KeyTakeawaysAttributes {
	heading: string;
	headingLevel: 2 | 3 | 4;
	ordered: boolean;
	items: Takeaway[];
}
