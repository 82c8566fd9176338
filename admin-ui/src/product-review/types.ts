/** One pending change of the product, as Shop\Product_Review::changes() reads it. */
export interface ProductChange {
	id: string;
	summary: string;
	/** The whole proposed description as plain text; null when it stays as it is. */
	description: string | null;
	/** The proposed short description; null when it stays as it is. */
	shortDescription: string | null;
}

/** Boot data of a product's review box (Shop\Product_Review::enqueue). */
export interface ProductReviewInitialState {
	postId: number;
	/** The current description, as plain text ('' when it has none). */
	description: string;
	/** The current short description, as plain text. */
	shortDescription: string;
	changes: ProductChange[];
}
