/** Name shared by the sidebar, its "more" menu item and the document panel's link to it. */
export const SIDEBAR_NAME = 'igny8-sidebar';
