/**
 * The version `sxs-lint --version` prints: the one in the package's own package.json, found by walking up from
 * this module (`dist/` in the installed package and in the repository, `out/server/src/cli/` in the compiled
 * tree), so it is always the version of the code that runs.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const PACKAGE_NAME = 'sxs';

/** The version in the nearest package.json named `sxs` at or above `start`, or undefined when there is none. */
export function packageVersion(start: string = __dirname): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === PACKAGE_NAME && typeof manifest.version === 'string') {
        return manifest.version;
      }
    } catch {
      // No package.json here, or not a readable one: look further up.
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      return undefined;
    }
    dir = parent;
  }
}
