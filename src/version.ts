/** The package's version, bundled into dist/ at build time (ncc inlines the JSON). */
import pkg from '../package.json' with { type: 'json' };

export const version: string = pkg.version;
