/**
 * better-sqlite3 is compiled for Node's ABI (tests, CLI, browser host). The
 * Electron launcher builds a second copy for Electron's ABI and passes its path
 * here, so one node_modules serves both without rebuilding back and forth.
 */
export function nativeBinding(): string | undefined {
  return process.env.CHANNELWISE_SQLITE_BINDING || undefined;
}
