/**
 * Declaring a check's options once: `...declareOptions({ minWords: { type: 'number', default: 2, description } })`
 * in the check's object gives it `options` (for the configuration schema and completion) and the `defaultOptions`
 * the run merges the configuration into.
 */
import type { CheckOptions } from './types';

export function declareOptions<T extends CheckOptions>(options: T): { readonly options: T; readonly defaultOptions: Readonly<Record<string, unknown>> } {
  const defaultOptions: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options)) {
    defaultOptions[name] = option.default;
  }
  return { options, defaultOptions };
}
