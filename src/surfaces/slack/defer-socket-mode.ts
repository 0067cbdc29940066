import { createRequire, Module } from 'node:module';

/**
 * Bolt's App requires its Socket Mode receiver, and with it @slack/socket-mode and undici, even
 * in HTTP mode, which never uses them: 12 MB of memory and a tenth of a second of start-up
 * (issue 17). Bolt reads one thing from that package, `SocketModeClient`, when a Socket Mode
 * receiver is made. So before Bolt loads, the package's entry in Node's module cache is a
 * stand-in whose properties load the real package on first use: HTTP mode never loads it,
 * Socket Mode loads it when its receiver is made. slack-app.ts imports this before Bolt.
 */
const require = createRequire(import.meta.url);
const path = createRequire(require.resolve('@slack/bolt')).resolve('@slack/socket-mode');

if (!require.cache[path]) {
  let real: Record<string | symbol, unknown> | undefined;
  const load = () => {
    if (!real) {
      delete require.cache[path];
      real = require(path) as Record<string | symbol, unknown>;
    }
    return real;
  };
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = new Proxy({}, { get: (_target, key) => load()[key], has: (_target, key) => key in load() });
  require.cache[path] = standIn;
}
