/**
 * SX306 image-mismatch: an image of the English half is missing from the translation, altered, or added (error);
 * or an image's alt text is empty while the English one has text (warning).
 * Fix when exactly one image source differs: put the English source back.
 */
import type { Check } from '../types';
import { destinationInTarget } from './links';
import { inTarget, listValues, multisetDiff, targetRange } from './pair';

export const imageMismatch: Check = {
  id: 'SX306',
  alias: 'image-mismatch',
  description: 'An image differs between the translation and the English (source missing, altered or extra, or alt text emptied).',
  tags: ['markdown', 'images'],
  defaultSeverity: 'error',
  scope: 'unit',
  checkUnit(unit, ctx) {
    const pair = ctx.analysis.pair(unit);
    if (!pair) return;
    const sImages = pair.s.images;
    const tImages = pair.t.images;
    if (sImages.length === 0 && tImages.length === 0) return;
    const diff = multisetDiff(sImages, tImages, i => i.destination.trim());
    if (diff.missing.length || diff.extra.length) {
      const oneToOne = diff.missing.length === 1 && diff.extra.length === 1;
      const parts: string[] = [];
      if (diff.missing.length) parts.push(`missing ${listValues(diff.missing.map(i => i.destination))}`);
      if (diff.extra.length) parts.push(`not in the English ${listValues(diff.extra.map(i => i.destination))}`);
      ctx.report({
        range: diff.extra.length === 1 ? inTarget(pair, diff.extra[0]) : targetRange(pair),
        unit: unit.index,
        message: `Images differ from the English: ${parts.join('; ')}.`,
        fixes: oneToOne
          ? [{ title: `Use the English image ${diff.missing[0].destination}`, preferred: true,
            edits: [{ range: destinationInTarget(pair, diff.extra[0]), newText: pair.s.text.slice(diff.missing[0].destinationRange.start, diff.missing[0].destinationRange.end) }] }]
          : undefined,
      });
    }
    for (const image of tImages) {
      if (pair.t.text.slice(image.textStart, image.textEnd).trim() !== '') continue;
      const english = sImages.find(i => i.destination.trim() === image.destination.trim());
      if (!english || pair.s.text.slice(english.textStart, english.textEnd).trim() === '') continue;
      ctx.report({ range: inTarget(pair, image), unit: unit.index, severity: 'warning', message: `The image "${image.destination}" has empty alt text; the English has alt text.` });
    }
  },
};
