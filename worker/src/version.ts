/** The product version this Worker reports; written by `npm run set-version` from package.json. */
export const VERSION = '0.1.0';
