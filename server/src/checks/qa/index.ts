/** The segment-pair QA checks (SX2xx–SX8xx), in ID order. */
import type { Check } from '../types';
import { emptyTarget } from './emptyTarget';
import { emptySource } from './emptySource';
import { targetSameAsSource } from './targetSameAsSource';
import { inlineCodeMismatch } from './inlineCodeMismatch';
import { inlineCodeOrder } from './inlineCodeOrder';
import { linkUrlMismatch } from './linkUrlMismatch';
import { linkCountMismatch } from './linkCountMismatch';
import { linkTextEmpty } from './linkTextEmpty';
import { imageMismatch } from './imageMismatch';
import { emphasisMismatch } from './emphasisMismatch';
import { literalEmphasisMarkers } from './literalEmphasisMarkers';
import { docfxTokenMismatch } from './docfxTokenMismatch';
import { inlineHtmlMismatch } from './inlineHtmlMismatch';
import { autolinkMismatch } from './autolinkMismatch';
import { escapeMismatch } from './escapeMismatch';
import { tableCellPipe } from './tableCellPipe';
import { angleTextParsesAsHtml } from './angleTextParsesAsHtml';
import { numberMismatch } from './numberMismatch';
import { placeholderMismatch } from './placeholderMismatch';
import { identifierMismatch } from './identifierMismatch';
import { uiPathMismatch } from './uiPathMismatch';
import { shortcutMismatch } from './shortcutMismatch';
import { noLocAltered } from './noLocAltered';
import { fullWidthInPath } from './fullWidthInPath';
import { emptyParentheses } from './emptyParentheses';
import { boundaryWhitespace } from './boundaryWhitespace';
import { doubleSpace } from './doubleSpace';
import { endPunctuation } from './endPunctuation';
import { doubledWord } from './doubledWord';
import { repeatedPunctuation } from './repeatedPunctuation';
import { suspiciousCharacters } from './suspiciousCharacters';
import { lengthRatio } from './lengthRatio';
import { inconsistentTranslation } from './inconsistentTranslation';
import { fragmentLink } from './fragmentLink';
import { locMetadata } from './locMetadata';

export const qaChecks: readonly Check[] = [
  emptyTarget,
  emptySource,
  targetSameAsSource,
  inlineCodeMismatch,
  inlineCodeOrder,
  linkUrlMismatch,
  linkCountMismatch,
  linkTextEmpty,
  imageMismatch,
  emphasisMismatch,
  literalEmphasisMarkers,
  docfxTokenMismatch,
  inlineHtmlMismatch,
  autolinkMismatch,
  escapeMismatch,
  tableCellPipe,
  angleTextParsesAsHtml,
  numberMismatch,
  placeholderMismatch,
  uiPathMismatch,
  shortcutMismatch,
  identifierMismatch,
  noLocAltered,
  fullWidthInPath,
  emptyParentheses,
  boundaryWhitespace,
  doubleSpace,
  endPunctuation,
  doubledWord,
  repeatedPunctuation,
  suspiciousCharacters,
  lengthRatio,
  inconsistentTranslation,
  fragmentLink,
  locMetadata,
];
