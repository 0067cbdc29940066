import type { KnowledgeSource } from '../../core/knowledge/source.js';
import { diffSources } from '../../core/knowledge/versions.js';
import type { HttpRoute } from '../../runtime/http/http-server.js';
import { BadBody, editorRoute, sendJson } from './api-http.js';
import type { ConsoleDeps } from './deps.js';

/** The parts of the knowledge, as the files hold them: each can be read and replaced on its own. */
export const PARTS = ['items', 'tips', 'departments', 'lexicons', 'organisation', 'synonyms'] as const satisfies ReadonlyArray<keyof KnowledgeSource>;

const draftInfo = (d: { id: string; base: number; author: string; message: string; at: Date }) => ({
  id: d.id,
  base: d.base,
  author: d.author,
  message: d.message,
  at: d.at.toISOString(),
});

/** What `GET /console/api/` lists for the parts and the drafts. */
export const PART_ENDPOINTS = [
  ...PARTS.flatMap((part) => [
    ['GET', `/console/api/knowledge/${part}`, `the published ${part}: { version, ${part} }`],
    [
      'PUT',
      `/console/api/knowledge/${part}`,
      `{ ${part}, message }: the published knowledge with ${part} replaced, validated whole and saved as a draft: 201 { draft, changes }, or 422`,
    ],
  ]),
  ['GET', '/console/api/knowledge/drafts', 'the saved drafts, newest first: { drafts: [{ id, base, author, message, at }] }'],
  ['DELETE', '/console/api/knowledge/draft?id=', 'deletes a draft: 200 { deleted: true }, or 404'],
];

/**
 * Each part of the knowledge (items, tips, departments, word lists, the organisation's allow-lists,
 * synonyms) read and replaced on its own; a replacement is validated with the whole knowledge, as
 * the YAML is, and saved as a draft to review and publish. And the drafts: list, delete.
 */
export function partRoutes(deps: ConsoleDeps): HttpRoute[] {
  const { editor } = deps.editing;
  return [
    ...PARTS.flatMap((part): HttpRoute[] => [
      editorRoute(deps, 'GET', `/console/api/knowledge/${part}`, async ({ res }) => {
        const version = await editor.published();
        sendJson(res, 200, { version: version.number, [part]: version.source[part] });
      }),
      editorRoute(deps, 'PUT', `/console/api/knowledge/${part}`, async ({ res, body, role }) => {
        if (body[part] === undefined) throw new BadBody([{ path: part, message: 'is missing / ontbreekt' }]);
        if (body.message !== undefined && typeof body.message !== 'string') throw new BadBody([{ path: 'message', message: 'should be a text' }]);
        const published = await editor.published();
        const saved = await editor.saveDraft({ ...published.source, [part]: body[part] }, { role }, (body.message as string | undefined) ?? '');
        if (saved.kind === 'invalid') return sendJson(res, 422, { errors: saved.errors });
        sendJson(res, 201, { draft: draftInfo(saved.draft), changes: diffSources(published.source, saved.draft.source) });
      }),
    ]),
    editorRoute(deps, 'GET', '/console/api/knowledge/drafts', async ({ res }) => {
      sendJson(res, 200, { drafts: (await editor.drafts()).map(draftInfo) });
    }),
    editorRoute(deps, 'DELETE', '/console/api/knowledge/draft', async ({ res, query }) => {
      if (!(await editor.deleteDraft(query.get('id') ?? ''))) return sendJson(res, 404, { error: 'Dat concept bestaat niet. / That draft does not exist.' });
      sendJson(res, 200, { deleted: true });
    }),
  ];
}
