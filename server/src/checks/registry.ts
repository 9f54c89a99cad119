/**
 * Every check the project has. Adding a check is adding its file and one line here.
 */
import type { Check } from './types';
import { idPairMismatch } from './structure/idPairMismatch';
import { orphanTarget } from './structure/orphanTarget';
import { orphanSource } from './structure/orphanSource';
import { malformedSpan } from './structure/malformedSpan';
import { duplicateId } from './structure/duplicateId';
import { idFormat } from './structure/idFormat';
import { idPrefixInconsistent } from './structure/idPrefixInconsistent';
import { sxsInFrontMatter } from './structure/sxsInFrontMatter';
import { sxsInCode } from './structure/sxsInCode';
import { mergeConflictMarker } from './structure/mergeConflictMarker';
import { idOutOfOrder } from './structure/idOutOfOrder';
import { entityEncodedMarkup } from './structure/entityEncodedMarkup';
import { qaChecks } from './qa/index';

/** The sxs structure checks (SX1xx): unit markup and IDs. */
export const structureChecks: readonly Check[] = [
  idPairMismatch,
  orphanTarget,
  orphanSource,
  malformedSpan,
  duplicateId,
  idFormat,
  idPrefixInconsistent,
  sxsInFrontMatter,
  sxsInCode,
  mergeConflictMarker,
  idOutOfOrder,
  entityEncodedMarkup,
];

/** Every check: structure first, then the segment-pair QA checks (SX2xx–SX8xx). */
export const allChecks: readonly Check[] = [...structureChecks, ...qaChecks];

/** Finds a check by ID (any case) or alias. */
export function findCheck(idOrAlias: string, checks: readonly Check[] = allChecks): Check | undefined {
  const key = idOrAlias.trim().toLowerCase();
  return checks.find(check => check.id.toLowerCase() === key || check.alias === key);
}
