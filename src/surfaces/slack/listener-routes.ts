import type { AllMiddlewareArgs, AnyMiddlewareArgs, App } from '@slack/bolt';

/** What the listener files register on: Bolt's own calls, with Bolt's own types and arguments. */
export type SlackListeners = Pick<App, 'command' | 'event' | 'message' | 'action' | 'shortcut' | 'view'>;

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;
type Listener = (args: Args) => Promise<void>;
type Id = string | RegExp;

/** Bolt's matching of a command name, action id or callback id: equal to a string, or matching a RegExp. */
const matches = (id: Id, value: unknown): boolean => typeof value === 'string' && (typeof id === 'string' ? value === id : value.match(id) !== null);
const noop = () => undefined;

/**
 * Registers the listeners on one Bolt middleware that picks, by the request's kind and id, the
 * listeners that Bolt itself would run. Bolt runs every registered listener's matcher chain for
 * each request (an object copy and a promise per step): with a listener per button, shortcut,
 * view and event that cost more per request than Bolt's whole answer to a slash command
 * (issue 17). The matching is Bolt's: command name; event type (`message` for `app.message`);
 * action id of a block action; callback id of a shortcut or of a submitted view.
 */
export function routeListeners(app: App, register: (listeners: SlackListeners) => void): void {
  const routes: Array<{ test: (args: Args) => boolean; listener: Listener }> = [];
  const on = (test: (args: Args) => boolean) => (listener: Listener) => routes.push({ test, listener });
  const body = (args: Args) => args.body as { type?: string; callback_id?: unknown; view?: { callback_id?: unknown } };
  const listeners = {
    command: (name: Id, listener: Listener) => on((a) => 'command' in a && matches(name, a.command.command))(listener),
    event: (type: string, listener: Listener) => on((a) => 'event' in a && a.event.type === type)(listener),
    message: (listener: Listener) => on((a) => 'event' in a && a.event.type === 'message')(listener),
    action: (id: Id, listener: Listener) =>
      on((a) => 'action' in a && a.action !== undefined && 'action_id' in a.action && matches(id, a.action.action_id))(listener),
    shortcut: (id: Id, listener: Listener) => on((a) => 'shortcut' in a && a.shortcut !== undefined && matches(id, body(a).callback_id))(listener),
    view: (id: Id, listener: Listener) =>
      on((a) => 'view' in a && a.view !== undefined && body(a).type === 'view_submission' && matches(id, body(a).view?.callback_id))(listener),
  };
  // The calls above take the forms the listener files use (an id and one listener); Bolt's
  // overloads and generics describe the arguments those listeners receive, which are Bolt's own.
  register(listeners as unknown as SlackListeners);
  app.use(async (args) => {
    // As Bolt: every matching listener runs (mostly one); a failure goes to app.error.
    const found = routes.filter((route) => route.test(args as Args)).map((route) => route.listener({ ...args, next: noop } as unknown as Args));
    const failed = (await Promise.allSettled(found)).find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    await args.next();
  });
}
