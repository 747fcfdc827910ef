import { runCli } from './program';

/**
 * The CLI as a test calls it: a home folder of its own, the language from
 * `LANG`, and what it printed collected (exit code, stdout, stderr).
 */
export function cliRunner(home: string, env: NodeJS.ProcessEnv = {}) {
  return async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), env: { CHANNELWISE_HOME: home, LANG: 'en_GB.UTF-8', ...env } });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}
