/** Attributes as declared in block.json. */
export interface RelatedArticlesAttributes {
	heading: string;
	count: number;
}
