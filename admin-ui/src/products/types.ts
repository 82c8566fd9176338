/** Boot data of the Products list panel (Shop\Products_Panel::enqueue). */
export interface ProductsInitialState {
	/** Products without a description the user may edit, and none proposed yet (all of them). */
	missing: number;
	/** The most one run writes (the oldest first). */
	perRun: number;
}
