import type { Published } from '../../core/knowledge/editor.js';
import type { HttpRoute } from '../../runtime/http/http-server.js';
import { BadBody, editorRoute, field, isFiles, isString, isVersion, sendJson, type ApiCall } from './api-http.js';
import { PART_ENDPOINTS, partRoutes } from './api-parts.js';
import type { ConsoleDeps } from './deps.js';

/** What `GET /console/api/` lists; the README documents each with an example. */
export const API_ENDPOINTS = [
  ['GET', '/console/api/', 'this list'],
  ['GET', '/console/api/csrf', "the session's CSRF token, for the X-CSRF-Token header of every POST"],
  ['GET', '/console/api/escalaties', 'the escalations the session may see'],
  ['GET', '/console/api/knowledge', 'the published version: { version, knowledge }'],
  ['POST', '/console/api/knowledge/validate', '{ knowledge }: 200 { valid: true }, or 422 { errors: [{ path, message }] }'],
  ['POST', '/console/api/knowledge/drafts', '{ knowledge, message }: saves a draft, 201 { draft: { id, base } }'],
  ['GET', '/console/api/knowledge/draft?id=', 'a saved draft'],
  ['POST', '/console/api/knowledge/review', '{ knowledge } or { draft }: the changes and the review against the published version'],
  [
    'POST',
    '/console/api/knowledge/publish',
    '{ knowledge } or { draft }, message, confirm: 201 { version }; 409 { review } when it makes answers worse and confirm is not true',
  ],
  ['GET', '/console/api/knowledge/versions', 'every version: number, kind, author (a role), message, time'],
  ['GET', '/console/api/knowledge/diff?from=&to=', 'what changed between two versions, field by field'],
  ['POST', '/console/api/knowledge/rollback', "{ version, message }: a new version with that version's content"],
  ['GET', '/console/api/knowledge/export?version=', "a version as the knowledge/ folder's YAML files: { version, files }"],
  ['POST', '/console/api/knowledge/import', '{ files, message, confirm }: YAML files as a new version, validated and reviewed as a publish'],
  ...PART_ENDPOINTS,
].map(([method, path, does]) => ({ method, path, does }));

const versionInfo = (v: { number: number; kind: string; author: string; message: string; at: Date; basedOn: number | undefined }) => ({
  ...v,
  at: v.at.toISOString(),
});

/** The knowledge a POST names: sent whole (`knowledge`), or a saved draft by id (`draft`). */
async function knowledgeOf(deps: ConsoleDeps, body: Record<string, unknown>): Promise<unknown> {
  if (body.knowledge !== undefined) return body.knowledge;
  const id = field(body, 'draft', isString, 'a draft id');
  const draft = await deps.editing.editor.draft(id);
  if (!draft) throw new BadBody([{ path: 'draft', message: `there is no draft "${id}" / er is geen concept "${id}"` }]);
  return draft.source;
}

/** A publish or import's answer: 201, 409 until confirmed, or 422. */
async function answerPublished(deps: ConsoleDeps, call: ApiCall, result: Published, action: string): Promise<void> {
  if (result.kind === 'invalid') return sendJson(call.res, 422, { errors: result.errors });
  if (result.kind === 'needs-confirmation') {
    const error =
      'Deze versie maakt antwoorden slechter; stuur opnieuw met "confirm": true om toch te publiceren. / This version makes answers worse; send again with "confirm": true to publish anyway.';
    return sendJson(call.res, 409, { error, review: result.review });
  }
  await deps.editing.published();
  await deps.store.audit({ at: deps.clock.now(), actor: call.user, action, target: String(result.version.number), detail: undefined });
  deps.logger.info({ event: 'knowledge.published', version: result.version.number, kind: result.version.kind, author: call.role });
  sendJson(call.res, 201, { version: versionInfo(result.version), review: result.review });
}

const numberParam = (query: URLSearchParams, name: string): number | undefined => {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!isVersion(n)) throw new BadBody([{ path: name, message: 'should be a version number / moet een versienummer zijn' }]);
  return n;
};

/** The JSON API of knowledge editing under /console/api/, for the pages and for scripts. */
export function apiRoutes(deps: ConsoleDeps): HttpRoute[] {
  const { editor } = deps.editing;
  const message = (body: Record<string, unknown>) => (body.message === undefined ? '' : field(body, 'message', isString, 'a text'));
  const confirm = (body: Record<string, unknown>) => body.confirm === true;
  return [
    { method: 'GET', path: '/console/api/', handle: (_req, res) => sendJson(res, 200, { endpoints: API_ENDPOINTS }) },
    editorRoute(deps, 'GET', '/console/api/csrf', async ({ req, res }) => {
      const current = await deps.auth.current(req);
      sendJson(res, 200, { csrf: typeof current === 'object' ? current.session.csrf : '' });
    }),
    editorRoute(deps, 'GET', '/console/api/knowledge', async ({ res }) => {
      const version = await editor.published();
      sendJson(res, 200, { version: version.number, knowledge: version.source });
    }),
    editorRoute(deps, 'POST', '/console/api/knowledge/validate', async ({ res, body }) => {
      const result = editor.validate(await knowledgeOf(deps, body));
      sendJson(res, result.kind === 'valid' ? 200 : 422, result.kind === 'valid' ? { valid: true } : { errors: result.errors });
    }),
    editorRoute(deps, 'POST', '/console/api/knowledge/drafts', async ({ res, body, role }) => {
      const result = await editor.saveDraft(body.knowledge, { role }, message(body));
      if (result.kind === 'invalid') return sendJson(res, 422, { errors: result.errors });
      sendJson(res, 201, { draft: { id: result.draft.id, base: result.draft.base, author: result.draft.author, at: result.draft.at.toISOString() } });
    }),
    editorRoute(deps, 'GET', '/console/api/knowledge/draft', async ({ res, query }) => {
      const draft = await editor.draft(query.get('id') ?? '');
      if (!draft) return sendJson(res, 404, { error: 'Dat concept bestaat niet. / That draft does not exist.' });
      sendJson(res, 200, { draft: { ...draft, at: draft.at.toISOString() } });
    }),
    editorRoute(deps, 'POST', '/console/api/knowledge/review', async ({ res, body }) => {
      const valid = editor.validate(await knowledgeOf(deps, body));
      if (valid.kind === 'invalid') return sendJson(res, 422, { errors: valid.errors });
      sendJson(res, 200, await editor.review(valid.source));
    }),
    editorRoute(deps, 'POST', '/console/api/knowledge/publish', async (call) => {
      const result = await editor.publish(await knowledgeOf(deps, call.body), { role: call.role }, message(call.body), { confirm: confirm(call.body) });
      // A draft once published is no longer a draft.
      if (result.kind === 'published' && typeof call.body.draft === 'string' && call.body.knowledge === undefined) await editor.deleteDraft(call.body.draft);
      await answerPublished(deps, call, result, 'knowledge-published');
    }),
    editorRoute(deps, 'GET', '/console/api/knowledge/versions', async ({ res }) => {
      sendJson(res, 200, { versions: (await editor.versions()).map(versionInfo) });
    }),
    editorRoute(deps, 'GET', '/console/api/knowledge/diff', async ({ res, query }) => {
      const from = numberParam(query, 'from');
      const to = numberParam(query, 'to');
      if (from === undefined || to === undefined) throw new BadBody([{ path: from === undefined ? 'from' : 'to', message: 'is missing / ontbreekt' }]);
      const changes = await editor.diff(from, to);
      if (!changes) return sendJson(res, 404, { error: 'Die versie bestaat niet. / That version does not exist.' });
      sendJson(res, 200, { from, to, changes });
    }),
    editorRoute(deps, 'POST', '/console/api/knowledge/rollback', async (call) => {
      const to = field(call.body, 'version', isVersion, 'a version number');
      const version = await editor.rollback(to, { role: call.role }, message(call.body) || `rollback to version ${to}`);
      if (!version) return sendJson(call.res, 404, { error: 'Die versie bestaat niet. / That version does not exist.' });
      await answerPublished(deps, call, { kind: 'published', version, review: undefined }, 'knowledge-rolled-back');
    }),
    editorRoute(deps, 'GET', '/console/api/knowledge/export', async ({ res, query }) => {
      const exported = await editor.export(numberParam(query, 'version'));
      if (!exported) return sendJson(res, 404, { error: 'Die versie bestaat niet. / That version does not exist.' });
      sendJson(res, 200, exported);
    }),
    editorRoute(deps, 'POST', '/console/api/knowledge/import', async (call) => {
      const files = field(call.body, 'files', isFiles, 'an object of file paths and YAML texts');
      const result = await editor.import(files, { role: call.role }, message(call.body) || 'import', confirm(call.body));
      await answerPublished(deps, call, result, 'knowledge-imported');
    }),
    ...partRoutes(deps),
  ];
}
