/**
 * /api/v1/ai/score — the optimisation score of an article, computed by the one score model
 * (blocks/src/score, shared with the editor sidebar and the Optimizer screen). WordPress calls it
 * with its site key for the scores it stores and for the Automation quality gate. No model is
 * called, so it is free of credits; the app-wide per-IP rate limit applies as on every route.
 */
import { Hono } from 'hono';
import * as z from 'zod';
import { blocksFromPostContent, scorePost } from '@igny8/blocks/score';
import type { AppEnv } from '../env';
import { ok } from '../lib/envelope';
import { jsonBody } from '../lib/validate';
import { requireSite } from '../middleware/auth';

/** ScoreInput with the saved post_content instead of blocks (split here with blocksFromPostContent). */
export const scoreRequestSchema = z.strictObject( {
	title: z.string().max( 1_000 ),
	slug: z.string().max( 400 ).default( '' ),
	content: z.string().max( 2_000_000, 'The content is too long to score (at most 2,000,000 characters).' ),
	keyword: z.string().trim().max( 200 ).default( '' ),
	// A product's attribute terms: they count as keywords too.
	keywords: z.array( z.string().trim().max( 200 ) ).max( 100 ).default( [] ),
	metaTitle: z.string().max( 1_000 ).default( '' ),
	metaDescription: z.string().max( 5_000 ).default( '' ),
	targetWords: z.number().int().min( 1 ).max( 100_000 ).nullable().default( null ),
	siteHost: z.string().trim().max( 255 ).default( '' ),
	// The post's featured image: counted as one of its images, as in the editor.
	featuredImage: z.strictObject( { alt: z.string().max( 1_000 ) } ).nullable().default( null ),
} );

export const scoreRoutes = new Hono<AppEnv>( { strict: false } )
	// POST /api/v1/ai/score/ — {title, slug, content, keyword, keywords, metaTitle, metaDescription, targetWords, siteHost, featuredImage} → ScoreResult
	.post( '/', requireSite, jsonBody( scoreRequestSchema ), ( c ) => {
		const { content, ...rest } = c.req.valid( 'json' );
		return ok( c, scorePost( { ...rest, blocks: blocksFromPostContent( content ) } ) );
	} );
