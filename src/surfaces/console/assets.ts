import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { HttpRoute } from '../../runtime/http/http-server.js';
import { CONSOLE_CSS } from './assets/console-css.js';
import { CONSOLE_JS } from './assets/console-js.js';
import { sendText } from './http.js';

const require = createRequire(import.meta.url);

/** Every file the console's pages load, served by the bot itself: no CDN, no external font. */
export function assetRoutes(): HttpRoute[] {
  let cardRenderer: Promise<Buffer> | undefined;
  const cacheable = { 'cache-control': 'public, max-age=3600' };
  return [
    { method: 'GET', path: '/console/assets/console.css', handle: (_req, res) => sendText(res, 200, 'text/css; charset=utf-8', CONSOLE_CSS, cacheable) },
    { method: 'GET', path: '/console/assets/console.js', handle: (_req, res) => sendText(res, 200, 'text/javascript; charset=utf-8', CONSOLE_JS, cacheable) },
    {
      method: 'GET',
      path: '/console/assets/adaptivecards.js',
      // Microsoft's Adaptive Cards renderer from the installed package, read once.
      handle: async (_req, res) => {
        cardRenderer ??= readFile(require.resolve('adaptivecards/dist/adaptivecards.min.js'));
        sendText(res, 200, 'text/javascript; charset=utf-8', await cardRenderer, cacheable);
      },
    },
  ];
}
