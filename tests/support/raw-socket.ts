import { connect, type Socket } from 'node:net';

/** Raw connections opened by tests; `destroyAll` in afterEach. */
const opened: Socket[] = [];

export function destroyAll(): void {
  for (const socket of opened.splice(0)) socket.destroy();
}

/**
 * A raw TCP connection to the bot's server, for what fetch cannot show (slow headers, unsent
 * bodies, idle sockets): keeps what the server sends and resolves `closed` when it hangs up.
 */
export async function openSocket(url: URL | string) {
  const target = typeof url === 'string' ? new URL(url) : url;
  const socket = connect(Number(target.port), target.hostname);
  opened.push(socket);
  let received = '';
  socket.setEncoding('utf8').on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  /** Resolves when a complete response (head and content-length body) arrived after `from`. */
  const response = (from: number) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const part = received.slice(from);
        const end = part.indexOf('\r\n\r\n');
        const length = Number(/content-length: (\d+)/i.exec(part)?.[1] ?? Number.NaN);
        if (end >= 0 && part.length - (end + 4) >= length) {
          socket.off('data', check);
          resolve(part);
        }
      };
      socket.on('data', check);
      socket.once('close', () => reject(new Error(`closed before a response; got ${JSON.stringify(received.slice(from))}`)));
      check();
    });
  /** Sends a request and resolves with its response once it is complete. */
  const request = async (raw: string) => {
    const from = received.length;
    socket.write(raw);
    return response(from);
  };
  return { socket, closed, request, response, received: () => received };
}
