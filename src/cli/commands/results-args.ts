/** Arguments of `dialplan results FILE… [--dialplan FILE] [--json | --csv]`. */
import { UsageError } from '../io.ts';

export const RESULTS_USAGE = 'usage: dialplan results FILE… [--dialplan FILE] [--json | --csv]';

export interface ResultsArgs {
  files: string[];
  dialplan?: string;
  format: 'table' | 'json' | 'csv';
}

export function parseResultsArgs(args: string[]): ResultsArgs {
  const files: string[] = [];
  let dialplan: string | undefined;
  let format: ResultsArgs['format'] = 'table';
  const setFormat = (next: ResultsArgs['format']) => {
    if (format !== 'table' && format !== next)
      throw new UsageError(`--json and --csv exclude each other. ${RESULTS_USAGE}`);
    format = next;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') setFormat('json');
    else if (arg === '--csv') setFormat('csv');
    else if (arg === '--dialplan') {
      dialplan = args[++i];
      if (dialplan === undefined) throw new UsageError(`--dialplan needs a file. ${RESULTS_USAGE}`);
    } else if (arg.startsWith('--dialplan=')) dialplan = arg.slice('--dialplan='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option '${arg}'. ${RESULTS_USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(`expected at least one FILE. ${RESULTS_USAGE}`);
  return { files, dialplan, format };
}
