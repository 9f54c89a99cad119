/**
 * "Add this finding to the baseline": the quick fix's command, run here because it writes a file. The finding joins
 * the baseline that applies to the document (the configuration's `"baseline"`, else the `sxs.baseline` setting); the
 * file is written atomically and in a stable order (sorted by file, unit and check), so a baseline in version control
 * changes by the lines added. The open documents are then checked again without the finding.
 */
import { readFileSync } from 'node:fs';
import { ADD_TO_BASELINE_COMMAND, type AddToBaselineArguments } from '../languageFeatures/codeActions';
import { readBaseline, writeBaseline } from '../config/baseline';
import { baselinePath } from '../config/policy';
import { writeAtomically } from '../cli/lintFile';
import { filePathOf } from './policyFiles';
import type { ServerContext } from './serverContext';

export { ADD_TO_BASELINE_COMMAND };

function isArguments(value: unknown): value is AddToBaselineArguments {
  const v = value as Partial<AddToBaselineArguments> | null;
  return typeof v === 'object' && v !== null && typeof v.uri === 'string' && typeof v.code === 'string' && typeof v.unitId === 'string';
}

/** Adds one finding to its file's baseline; answers the baseline file written, or an explanation. */
export async function addToBaseline(context: ServerContext, args: AddToBaselineArguments): Promise<{ file?: string; error?: string }> {
  const file = filePathOf(args.uri);
  if (file === undefined) return { error: 'only files on disk can have a baseline' };
  const settings = await context.getSettings(args.uri);
  const baselineFile = context.policy.policyOf(args.uri, settings).baselineFile;
  if (baselineFile === undefined) {
    return { error: 'no baseline applies to this file: name one with "baseline" in .sxslint.jsonc or the sxs.baseline setting' };
  }
  let text: string | undefined;
  try {
    text = readFileSync(baselineFile, 'utf8');
  } catch {
    text = undefined;
  }
  const current = text === undefined ? undefined : readBaseline(baselineFile, text);
  if (current !== undefined && current.errors.length > 0 && current.baseline.size === 0) {
    return { error: `${baselineFile} is not a baseline this extension can add to: ${current.errors[0].message}` };
  }
  const entries = [...current?.baseline.entries ?? [], { file: baselinePath(baselineFile, file), unitId: args.unitId, code: args.code }];
  await writeAtomically(baselineFile, writeBaseline(entries), text === undefined ? undefined : Buffer.from(text, 'utf8'));
  context.policy.changed(baselineFile);
  context.revalidateAll();
  return { file: baselineFile };
}

export function registerBaselineCommand(context: ServerContext): void {
  context.connection.onExecuteCommand(context.safe('executeCommand', undefined, async params => {
    if (params.command !== ADD_TO_BASELINE_COMMAND) return undefined;
    const [args] = params.arguments ?? [];
    if (!isArguments(args)) return undefined;
    const result = await addToBaseline(context, args);
    if (result.error !== undefined) {
      void context.connection.window.showErrorMessage(`SxS: cannot add the finding to the baseline: ${result.error}.`);
    }
    return undefined;
  }));
}
