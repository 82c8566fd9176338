/**
 * /api/v1/ai/editor/* — interactive edits from the block editor, authorised by a short-lived
 * editor token minted by the plugin (placeholder until the Gutenberg issue lands).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const editorRoutes = new Hono<AppEnv>( { strict: false } );
