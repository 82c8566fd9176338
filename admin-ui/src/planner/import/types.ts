/**
 * An import session as GET/POST planner/keywords/import… answer it (Keyword_Importer::present).
 */
export interface ImportMapping {
	keyword: number | null;
	search_volume: number | null;
	difficulty: number | null;
	intent: number | null;
}

export interface ImportSession {
	id: string;
	file_name: string;
	format: string;
	status:
		'ready' | 'needs_mapping' | 'running' | 'paused' | 'completed' | string;
	delimiter: string;
	header_line: number;
	columns: string[];
	mapping: ImportMapping;
	preview: Array< {
		fields: string[];
		row: Record< string, unknown > | null;
		error: string | null;
	} >;
	line: number;
	progress: number;
	imported: number;
	merged: number;
	failed: number;
	last_error: string | null;
}

export const MAPPED_FIELDS: Array< keyof ImportMapping > = [
	'keyword',
	'search_volume',
	'difficulty',
	'intent',
];
