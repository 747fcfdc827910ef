import { Command, CommanderError, Option } from 'commander';
import { AppError } from '@shared/errors';
import { errorMessage } from '@shared/i18n/translate';
import {
  backupCommand,
  checkCommand,
  exportCommand,
  importCommand,
  infoCommand,
  newCommand,
  parsePort,
  UsageError,
} from './commands';
import { createContext, type CliContext, type CliIo } from './context';
import { exportMatrixCommand, importMatrixCommand } from './matrix-commands';
import { journeysCommand } from './journey-commands';
import { exportDeliverableCommand, exportPdfCommand } from './deliverable-commands';
import { serveCommand } from './serve-command';
import { joinCommand, syncCommand, syncStatusCommand, type JoinCommandOptions, type SyncCommandOptions } from './sync-commands';
import { VERSION } from './version';

/**
 * Run `channelwise` with these arguments; resolves with the exit code. Every
 * failure is one translated line on stderr (2 for usage, 1 otherwise), never a
 * stack trace.
 */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const ctx = createContext(io);
  let code = 0;
  const program = buildProgram(ctx, (result) => {
    code = result;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
    return code;
  } catch (err) {
    return report(ctx, err);
  }
}

function report(ctx: CliContext, err: unknown): number {
  if (err instanceof CommanderError) {
    // Help and version are "errors" to commander but successes to the user.
    return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : 2;
  }
  if (err instanceof UsageError) {
    ctx.err(`channelwise: ${err.message}`);
    return 2;
  }
  if (err instanceof AppError) {
    ctx.err(`channelwise: ${errorMessage(ctx.t, err.toApiError())}`);
    return 1;
  }
  ctx.err(`channelwise: ${errorMessage(ctx.t, { code: 'INTERNAL', message: String(err) })}`);
  if (ctx.env.CHANNELWISE_DEBUG) ctx.err(String((err as Error).stack ?? err));
  return 1;
}

interface ExportOptions {
  format: string;
  out: string;
  scenario?: string;
  lens?: string;
  delimiter?: string;
}

/** JSON is the whole workspace; csv and a view's xlsx are its matrix; xlsx, pptx and pdf are the deliverables. */
function exportAny(ctx: CliContext, file: string, opts: ExportOptions): number | Promise<number> {
  const view = (opts.scenario ?? opts.lens) !== undefined;
  // Without a view, xlsx is the whole workbook: its matrix sheets are the ones the matrix export writes.
  if (opts.format === 'xlsx' && !view && opts.delimiter === undefined) return exportDeliverableCommand(ctx, file, { format: 'xlsx', out: opts.out });
  if (opts.format === 'csv' || opts.format === 'xlsx') return exportMatrixCommand(ctx, file, { ...opts, format: opts.format });
  if (opts.format === 'pptx' || opts.format === 'pdf') {
    if ((opts.scenario ?? opts.lens ?? opts.delimiter) !== undefined) throw new UsageError(ctx.t('cli.export.viewNeedsSheet'));
    return opts.format === 'pptx' ? exportDeliverableCommand(ctx, file, { format: 'pptx', out: opts.out }) : exportPdfCommand(ctx, file, { out: opts.out });
  }
  if (opts.format === 'json' && (opts.scenario ?? opts.lens ?? opts.delimiter) !== undefined) {
    throw new UsageError(ctx.t('cli.export.viewNeedsSheet'));
  }
  return exportCommand(ctx, file, opts);
}

interface ImportOptions {
  from?: string;
  matrix?: string;
  scenario?: string;
  lens?: string;
  sheet?: string;
  createMissing?: boolean;
}

/** --from makes a new workspace from JSON; --matrix imports a sheet into an existing one. */
function importAny(ctx: CliContext, file: string, opts: ImportOptions): number | Promise<number> {
  if ((opts.from === undefined) === (opts.matrix === undefined)) throw new UsageError(ctx.t('cli.import.oneSource'));
  if (opts.matrix !== undefined) return importMatrixCommand(ctx, file, { ...opts, matrix: opts.matrix });
  if ((opts.scenario ?? opts.lens ?? opts.sheet ?? opts.createMissing) !== undefined) throw new UsageError(ctx.t('cli.import.matrixOnly'));
  return importCommand(ctx, file, { from: opts.from! });
}

function buildProgram(ctx: CliContext, setCode: (code: number) => void): Command {
  const { t } = ctx;
  const program = new Command('channelwise')
    .description(t('cli.description'))
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeOut: (s) => ctx.out(s.trimEnd()), writeErr: (s) => ctx.err(s.trimEnd()) });
  const run = (fn: () => number | Promise<number>) => async () => setCode(await fn());
  const sub = (name: string) => program.command(name).exitOverride().configureOutput({ writeOut: (s) => ctx.out(s.trimEnd()), writeErr: (s) => ctx.err(s.trimEnd()) });

  sub('new')
    .description(t('cli.new.description'))
    .argument('<file>', t('cli.file'))
    .option('--lang <lang>', t('cli.new.lang'))
    .option('--empty', t('cli.new.empty'))
    .action((file: string, opts: { lang?: string; empty?: boolean }) => run(() => newCommand(ctx, file, opts))());

  sub('info')
    .description(t('cli.info.description'))
    .argument('<file>', t('cli.file'))
    .option('--json', t('cli.info.json'))
    .action((file: string, opts: { json?: boolean }) => run(() => infoCommand(ctx, file, opts))());

  sub('check')
    .description(t('cli.check.description'))
    .argument('<file>', t('cli.file'))
    .action((file: string) => run(() => checkCommand(ctx, file))());

  sub('export')
    .description(t('cli.export.description'))
    .argument('<file>', t('cli.file'))
    .addOption(new Option('--format <format>', t('cli.export.format')).makeOptionMandatory())
    .addOption(new Option('--out <path>', t('cli.export.out')).makeOptionMandatory())
    .option('--scenario <name>', t('cli.export.scenario'))
    .option('--lens <name>', t('cli.export.lens'))
    .option('--delimiter <char>', t('cli.export.delimiter'))
    .action((file: string, opts: ExportOptions) => run(() => exportAny(ctx, file, opts))());

  sub('import')
    .description(t('cli.import.description'))
    .argument('<file>', t('cli.file'))
    .option('--from <path>', t('cli.import.from'))
    .option('--matrix <sheet>', t('cli.import.matrix'))
    .option('--scenario <name>', t('cli.import.scenario'))
    .option('--lens <name>', t('cli.import.lens'))
    .option('--sheet <name>', t('cli.import.sheet'))
    .option('--create-missing', t('cli.import.createMissing'))
    .action((file: string, opts: ImportOptions) => run(() => importAny(ctx, file, opts))());

  sub('journeys')
    .description(t('cli.journeys.description'))
    .argument('<file>', t('cli.file'))
    .option('--json', t('cli.journeys.json'))
    .action((file: string, opts: { json?: boolean }) => run(() => journeysCommand(ctx, file, opts))());

  sub('backup')
    .description(t('cli.backup.description'))
    .argument('<file>', t('cli.file'))
    .option('--out <path>', t('cli.backup.out'))
    .action((file: string, opts: { out?: string }) => run(() => backupCommand(ctx, file, opts))());

  sub('sync')
    .description(t('cli.sync.description'))
    .argument('<file>', t('cli.file'))
    .option('--folder <dir>', t('cli.sync.folder'))
    .option('--server <url>', t('cli.sync.server'))
    .option('--user <name>', t('cli.sync.user'))
    .option('--name <name>', t('cli.sync.name'))
    .option('--watch', t('cli.sync.watch'))
    .action((file: string, opts: SyncCommandOptions) => run(() => syncCommand(ctx, file, opts))());

  sub('join')
    .description(t('cli.join.description'))
    .option('--folder <dir>', t('cli.sync.folder'))
    .option('--server <url>', t('cli.sync.server'))
    .option('--user <name>', t('cli.sync.user'))
    .requiredOption('--out <file>', t('cli.join.out'))
    .option('--name <name>', t('cli.sync.name'))
    .option('--lang <lang>', t('cli.new.lang'))
    .action((opts: JoinCommandOptions) => run(() => joinCommand(ctx, opts))());

  sub('sync-status')
    .description(t('cli.syncStatus.description'))
    .argument('<file>', t('cli.file'))
    .option('--json', t('cli.info.json'))
    .action((file: string, opts: { json?: boolean }) => run(() => syncStatusCommand(ctx, file, opts))());

  sub('serve')
    .description(t('cli.serve.description'))
    .argument('[file]', t('cli.file'))
    .option('--port <n>', t('cli.serve.port'), '0')
    .option('--host <addr>', t('cli.serve.host'), '127.0.0.1')
    .option('--open', t('cli.serve.open'))
    .action((file: string | undefined, opts: { port: string; host: string; open?: boolean }) =>
      run(() =>
        serveCommand(ctx, file, { port: parsePort(ctx, opts.port), host: opts.host, open: opts.open ?? false }),
      )(),
    );

  return program;
}
