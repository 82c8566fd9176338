/** Name shared by the sidebar, its "more" menu item and the document panel's link to it. */
export const SIDEBAR_NAME = 'igny8-sidebar';

/** The sidebar's identifier in the editor's sidebar area: the plugin's name, then the sidebar's. */
export const SIDEBAR_AREA = `igny8-editor-sidebar/${ SIDEBAR_NAME }`;
