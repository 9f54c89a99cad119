/**
 * Code action kinds this server offers, and `context.only` filtering.
 */
export const QUICK_FIX = 'quickfix';
export const FIX_ALL = 'source.fixAll.sxs';

/** True when an action of `kind` answers a request limited to `only` (a kind covers its sub-kinds). */
export function isRequested(only: readonly string[] | undefined, kind: string): boolean {
  if (only === undefined || only.length === 0) {
    return true;
  }
  return only.some(requested => kind === requested || kind.startsWith(`${requested}.`));
}

/** Source actions are offered only when asked for, as editors do not show them next to a diagnostic. */
export function isExplicitlyRequested(only: readonly string[] | undefined, kind: string): boolean {
  return only !== undefined && only.length > 0 && isRequested(only, kind);
}
