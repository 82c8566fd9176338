/**
 * Small 24×24 icons for the table actions (DataViews shows a bulk action in
 * its footer only when it has an icon; the label is its accessible name).
 * Drawn here rather than pulling @wordpress/icons into the bundle.
 */

/** A 24×24 icon of one path, hidden from screen readers. */
const icon = ( d: string ) => (
	<svg
		xmlns="http://www.w3.org/2000/svg"
		viewBox="0 0 24 24"
		width="24"
		height="24"
		aria-hidden="true"
		focusable="false"
	>
		<path d={ d } />
	</svg>
);

export const trashIcon = icon(
	'M9 4h6v1.5h4V7H5V5.5h4V4zm-2.5 4.5h11l-1 11.5h-9l-1-11.5zm1.6 1.5l.8 8.5h6.2l.8-8.5H8.1z'
);

export const editIcon = icon(
	'M15.7 4.3l4 4L8.9 19.1 4 20l.9-4.9L15.7 4.3zm0 2.1L6.3 15.8l-.4 2.3 2.3-.4 9.4-9.4-1.9-1.9z'
);
