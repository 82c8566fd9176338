/**
 * Every IGNY8 wp-admin screen and Settings tab, as `admin.php?page=` values (the React screens;
 * the PHP-printed Help screen is listed apart).
 */
export const REACT_SCREENS = [
	'igny8',
	'igny8-planner',
	'igny8-planner&tab=opportunities',
	'igny8-writer',
	'igny8-strategies',
	'igny8-linker',
	'igny8-optimizer',
	'igny8-automation',
	'igny8-credits',
	'igny8-settings',
	'igny8-settings&tab=models',
	'igny8-settings&tab=prompts',
	'igny8-settings&tab=profiles',
	'igny8-settings&tab=sectors',
	'igny8-settings&tab=data',
	'igny8-setup',
];

/** The Help screen (printed by PHP, no script). */
export const HELP_SCREEN = 'igny8-help';

/** A file-name-safe name of a screen ("igny8-planner&tab=opportunities" → "planner-opportunities"). */
export const screenName = ( screen: string ): string =>
	screen === 'igny8' ? 'dashboard' : screen.replace( /^igny8-/, '' ).replace( /&tab=/, '-' );

/** The widths of the screenshots the release notes show. */
export const SCREENSHOT_WIDTHS = [ 1280, 1440 ];
