import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ROOT } from '../support/files.js';

/**
 * In a fresh process (the module cache is what is tested): loads the Slack surface, then makes a
 * Socket Mode receiver, and reports which of @slack/socket-mode's files and undici's were
 * loaded after each step. The stand-in for the package itself (its index) is not counted.
 */
const CHILD = `
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/package.json');
const heavy = () => Object.keys(require.cache).filter((k) => /node_modules\\/(undici|@slack\\/socket-mode)\\//.test(k) && !/socket-mode\\/dist\\/src\\/index\\.js$/.test(k)).length;
await import('./src/surfaces/slack/slack-app.ts');
const afterHttp = heavy();
const { SocketModeReceiver } = await import('@slack/bolt');
const receiver = new SocketModeReceiver({ appToken: 'xapp-1-test' });
console.log(JSON.stringify({ afterHttp, afterSocket: heavy(), client: typeof receiver.client.start }));
`;

it('loads neither @slack/socket-mode nor undici for Slack over HTTP, and loads them when a Socket Mode receiver is made', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], { cwd: ROOT });
  const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { afterHttp: number; afterSocket: number; client: string };
  expect(report.afterHttp).toBe(0);
  expect(report.afterSocket).toBeGreaterThan(0);
  expect(report.client).toBe('function');
});
