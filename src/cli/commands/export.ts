/**
 * `dialplan export FILE [--broadcast broadcast.json]`: prints the CallBroadcast JSON body with
 * `dialplanXml` set to the one-line form of FILE. Fields of the broadcast file win over the defaults
 * and unknown ones (maxActive, …) are passed through. Exit 1 when the dialplan has XML syntax or encoding
 * errors or
 * the settings would be refused by the API (the body is still printed); exit 2 on usage errors.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  DEFAULT_BROADCAST,
  buildBroadcastBody,
  parseDialplan,
  validateBroadcast,
  type BroadcastSettings,
} from '../../core/index.ts';
import { diagnosticLine, readDialplanFile, UsageError, type CliIo } from '../io.ts';
import { parseExportArgs } from './export-args.ts';

function readText(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

function readBroadcastFile(path: string): Record<string, unknown> {
  let json: unknown;
  try {
    json = JSON.parse(readText(path));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path} is not JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new UsageError(`${path} must hold a JSON object of broadcast settings`);
  const { dialplanXml: _a, dialPlanXml: _b, ...settings } = json as Record<string, unknown>;
  return settings;
}

/** A hand-written settings file may have a field of the wrong type: report it, do not crash. */
function settingsErrors(settings: BroadcastSettings): { field: string; message: string }[] {
  try {
    return validateBroadcast(settings);
  } catch {
    return [{ field: 'settings', message: 'a field has the wrong type (see the seed body)' }];
  }
}

export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { file, broadcast } = parseExportArgs(args);
  const decoded = readDialplanFile(file);
  const text = decoded.text;
  const fromFile = broadcast === undefined ? {} : readBroadcastFile(broadcast);
  const settings = {
    ...DEFAULT_BROADCAST,
    name: basename(file).replace(/\.xml$/i, ''),
    ...fromFile,
  } as BroadcastSettings;
  const { dialplanXml, ...fields } = buildBroadcastBody(settings, text);
  io.stdout(`${JSON.stringify({ ...fields, ...fromFile, dialplanXml }, null, 2)}\n`);
  const problems = [...decoded.diagnostics, ...parseDialplan(text).diagnostics]
    .filter(
      (d) => d.severity === 'error' && (d.ruleId.startsWith('xml-') || d.ruleId === 'encoding'),
    )
    .map((d) => diagnosticLine(file, d));
  for (const e of settingsErrors(settings))
    problems.push(`${broadcast ?? 'broadcast'}: error: ${e.field}: ${e.message}\n`);
  for (const line of problems) io.stderr(line);
  return problems.length > 0 ? 1 : 0;
}

export default exportCommand;
