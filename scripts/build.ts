/** `npm run build`: admin-ui and blocks into plugin/build, and type checks. */
import { buildAll } from './lib/build.ts';

await buildAll();
