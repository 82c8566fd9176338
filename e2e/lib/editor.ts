/**
 * The block editor as the specs open it: a post loaded with its blocks, the welcome guide off and
 * the IGNY8 sidebar open.
 */
import type { Page } from '@playwright/test';

/** The parts of wp.data this helper calls (window globals of the editor page). */
type EditorWp = {
	data: {
		select: ( store: string ) => Record<string, ( ...args: never[] ) => unknown> | undefined;
		dispatch: ( store: string ) => Record<string, ( ...args: unknown[] ) => unknown>;
	};
};

/** Opens the post in the block editor and waits until its blocks are in, with the IGNY8 sidebar open. */
export async function openEditorWithSidebar( page: Page, postId: number ): Promise<void> {
	await page.goto( `/wp-admin/post.php?post=${ postId }&action=edit` );
	await page.waitForFunction( () => {
		const wp = ( window as unknown as { wp?: EditorWp } ).wp;
		const blocks = wp?.data?.select( 'core/block-editor' )?.getBlocks?.() as unknown[] | undefined;
		return ( blocks?.length ?? 0 ) > 0 && !! wp?.data?.select( 'core/edit-post' );
	} );
	await page.evaluate( () => {
		const wp = ( window as unknown as { wp: EditorWp } ).wp;
		wp.data.dispatch( 'core/preferences' ).set!( 'core/edit-post', 'welcomeGuide', false );
		wp.data.dispatch( 'core/edit-post' ).openGeneralSidebar!( 'igny8-editor-sidebar/igny8-sidebar' );
	} );
}
