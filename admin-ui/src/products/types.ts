/** Boot data of the Products list panel (Shop\Products_Panel::enqueue). */
export interface ProductsInitialState {
	/** Products without a description the user may edit (at most 50, one run's worth). */
	missing: number;
}
