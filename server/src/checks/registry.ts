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
import { englishCodes } from '../english/findings';

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

/**
 * SX901–SX904, the English comparison (`english/findings.ts`). They do not run with the checks (they need the English
 * read through git, which happens where the caller has it), but the policy treats them as checks: a configuration
 * sets their severity or turns them off by ID or alias, and suppression comments and the baseline apply to them.
 */
export const englishChecks: readonly Check[] = englishCodes.map(code => ({
  id: code.id, alias: code.alias, description: code.description, tags: ['english'], defaultSeverity: 'info',
}));

/** Every code a configuration may name: the checks, then the English comparison's (the schemas list both). */
export const configurableChecks: readonly Check[] = [...allChecks, ...englishChecks];

/** Finds a check by ID (any case) or alias; the English comparison's codes are known wherever checks are named. */
export function findCheck(idOrAlias: string, checks: readonly Check[] = allChecks): Check | undefined {
  const key = idOrAlias.trim().toLowerCase();
  const matches = (check: Check) => check.id.toLowerCase() === key || check.alias === key;
  return checks.find(matches) ?? englishChecks.find(matches);
}
