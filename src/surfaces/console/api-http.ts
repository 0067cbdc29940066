import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConsoleUser } from '../../core/console/ports.js';
import type { SourceError } from '../../core/knowledge/source.js';
import { DEFAULT_BODY_LIMIT, type HttpRoute } from '../../runtime/http/http-server.js';
import { readBody } from '../../runtime/http/read-body.js';
import type { ConsoleDeps } from './deps.js';
import { sendText } from './http.js';

/** A JSON request body that is no JSON object: 422 like any other invalid input. */
export class BadBody extends Error {
  constructor(readonly errors: SourceError[]) {
    super('invalid body');
  }
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendText(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = (await readBody(req, DEFAULT_BODY_LIMIT)).toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BadBody([{ path: '(body)', message: 'is not valid JSON / is geen geldige JSON' }]);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new BadBody([{ path: '(body)', message: 'should be a JSON object / moet een JSON-object zijn' }]);
  return value as Record<string, unknown>;
}

/** Who edits, as the history keeps it: the owners' department, `admin` or `terminal`; never a person. */
export function roleOf(deps: Pick<ConsoleDeps, 'kb'>, why: 'admin' | 'communication' | 'local'): string {
  return why === 'communication' ? deps.kb.departments.default : why === 'admin' ? 'admin' : 'terminal';
}

/** One signed-in API call: who edits (as a role), the JSON body of a POST, the query. */
export interface ApiCall {
  req: IncomingMessage;
  res: ServerResponse;
  role: string;
  /** The person, for the console's audit trail only (which retention clears); versions keep the role. */
  user: ConsoleUser;
  body: Record<string, unknown>;
  query: URLSearchParams;
}

const REFUSED = {
  signIn: { error: 'Meld je eerst aan: typ "beheer" aan de bot. / Sign in first: type "beheer" to the bot.' },
  role: {
    error: 'Alleen de afdeling die de richtlijnen beheert kan de kennis bewerken. / Only the department that owns the guidelines can edit the knowledge.',
  },
  csrf: {
    error:
      'Het CSRF-token ontbreekt of klopt niet: haal het op bij GET /console/api/csrf en stuur het in de kop X-CSRF-Token. / The CSRF token is missing or wrong: get it from GET /console/api/csrf and send it in the X-CSRF-Token header.',
  },
};

/**
 * An API route for the knowledge's editors: a session (401 without), a role that may edit
 * (403: the communication department, an admin, the terminal's user), the session's CSRF
 * token in `X-CSRF-Token` on every POST, PUT and DELETE (403 without), a JSON body for POST and
 * PUT (422 when it is none).
 */
export function editorRoute(deps: ConsoleDeps, method: HttpRoute['method'], path: string, run: (call: ApiCall) => Promise<void>): HttpRoute {
  return {
    method,
    path,
    handle: async (req, res) => {
      const current = await deps.auth.current(req);
      if (current === 'none' || current === 'revoked') return sendJson(res, 401, REFUSED.signIn);
      const { access, session } = current;
      if (access.kind !== 'all') return sendJson(res, 403, REFUSED.role);
      if (method !== 'GET' && !deps.auth.csrfOk(session, (req.headers['x-csrf-token'] as string | undefined) ?? null)) {
        deps.logger.warn({ event: 'console.csrf-refused', path });
        return sendJson(res, 403, REFUSED.csrf);
      }
      const role = roleOf(deps, access.why);
      try {
        const body = method === 'POST' || method === 'PUT' ? await jsonBody(req) : {};
        await run({ req, res, role, user: session.user, body, query: new URL(req.url ?? '/', 'http://console.invalid').searchParams });
      } catch (error) {
        if (error instanceof BadBody) return sendJson(res, 422, { errors: error.errors });
        throw error;
      }
    },
  };
}

/** A field of the body that must be there and of a type; a BadBody names it otherwise. */
export function field<T>(body: Record<string, unknown>, name: string, check: (v: unknown) => v is T, what: string): T {
  const value = body[name];
  if (!check(value)) throw new BadBody([{ path: name, message: value === undefined ? 'is missing / ontbreekt' : `should be ${what}` }]);
  return value;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isVersion = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
export const isFiles = (v: unknown): v is Record<string, string> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
