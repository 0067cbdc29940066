import { createHash, type Hash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { open, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { LearnedModels } from '../core/answer/answer.js';
import { BotError } from '../core/errors.js';
import type { StoredModels } from '../core/learn/stored-model.js';

/** Where the trained models live, inside the knowledge folder. */
export const MODEL_FILE = 'model/model.json';
export const WEIGHTS_FILE = 'model/weights.bin.gz';
/** The draft network's input weights (8 MB unpacked): read on the first draft check, so start-up and idle memory do not carry them. */
export const NET_FILE = 'model/net.bin.gz';

/** The knowledge files a training run reads, relative to the knowledge folder, in a fixed order. */
async function trainingInputs(dir: string): Promise<string[]> {
  const list = async (sub: string, pattern: RegExp) =>
    (await readdir(join(dir, sub)).catch(() => [] as string[]))
      .filter((n) => pattern.test(n))
      .sort()
      .map((n) => `${sub}/${n}`);
  return [
    ...(await list('training', /\.jsonl$/)),
    ...(await list('items', /\.ya?ml$/)),
    ...(await list('lexicon', /\.ya?ml$/)),
    'synonyms.yaml',
    'organisation.yaml',
  ];
}

/**
 * SHA-256 of the training settings and every file the models learn from: the corpus, the items
 * (their examples, and the search the answer gate weighs), the lexicons and organisation
 * settings (the check's cues), the synonyms. A model whose hash differs is out of date.
 */
export async function modelInputsHash(dir: string, settings: unknown): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(settings)).update('\0');
  for (const name of await trainingInputs(dir)) {
    hash.update(`${name}\0`);
    await updateWithFile(hash, join(dir, name));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const CR = 0x0d;
const LF = 0x0a;
const CR_ONLY = Buffer.from([CR]);

/**
 * Feeds a file to `hash` chunk by chunk, each "\r\n" as "\n": line endings do not change what is
 * learned, so a checkout on Windows must not look stale. The corpus runs to megabytes; read as one
 * string at every start-up it left the idle process 20 MB larger. A missing file hashes as empty.
 */
async function updateWithFile(hash: Hash, path: string): Promise<void> {
  let pendingCr = false; // the last chunk ended in "\r": dropped if the next one starts with "\n"
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (pendingCr && chunk[0] !== LF) hash.update(CR_ONLY);
      pendingCr = false;
      let start = 0;
      for (let i = chunk.indexOf(CR); i !== -1; i = chunk.indexOf(CR, i + 1)) {
        if (i === chunk.length - 1) pendingCr = true;
        else if (chunk[i + 1] !== LF) continue;
        hash.update(chunk.subarray(start, i));
        start = i + 1;
      }
      hash.update(chunk.subarray(start));
    }
  } catch {
    return; // not there (or unreadable): hashed as empty, as a model trained without it expects
  }
  if (pendingCr) hash.update(CR_ONLY);
}

/**
 * Reads the trained models of `dir` (the knowledge folder): undefined when there are none, so
 * that the bot runs on search and rules alone. A damaged file stops start-up with its name.
 */
export async function loadModels(dir: string): Promise<LearnedModels | undefined> {
  let json: string;
  try {
    json = await readFile(join(dir, MODEL_FILE), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const stored = JSON.parse(json) as StoredModels;
    if (stored.version !== 1) throw new Error(`version ${String(stored.version)} is not supported: run npm run train`);
    const bytes = gunzipSync(await readFile(join(dir, WEIGHTS_FILE)));
    const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!stored.check.net) return { stored, weights };
    const netFile = join(dir, NET_FILE);
    await checkNetFile(netFile, stored.check.net.dim * stored.check.net.hidden);
    let net: Int8Array | undefined;
    return {
      stored,
      weights,
      net: () => {
        if (!net) {
          const raw = gunzipSync(readFileSync(netFile));
          net = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
        }
        return net;
      },
    };
  } catch (error) {
    throw new BotError(
      'knowledge_invalid',
      `${join(dir, 'model')}: the trained model cannot be read (${error instanceof Error ? error.message : String(error)}); run npm run train`,
    );
  }
}

/**
 * A missing or mismatched network file stops start-up with its name, not someone's first check: gzip's last
 * four bytes hold the unpacked size, so this reads four bytes instead of unpacking 8 MB.
 */
async function checkNetFile(file: string, size: number): Promise<void> {
  const handle = await open(file);
  try {
    const { size: packed } = await handle.stat();
    const tail = Buffer.alloc(4);
    await handle.read(tail, 0, 4, Math.max(0, packed - 4));
    if (packed < 18 || tail.readUInt32LE(0) !== size % 2 ** 32) throw new Error(`${NET_FILE} does not hold the draft network model.json describes`);
  } finally {
    await handle.close();
  }
}

/** Whether the models were trained on the knowledge as it is now (see `modelInputsHash`). */
export async function isModelCurrent(dir: string, models: LearnedModels): Promise<boolean> {
  return (await modelInputsHash(dir, models.stored.settings)) === models.stored.inputs;
}

/** Calls `then` in the background when the models are out of date; start-up does not wait for the check. */
export function whenStale(dir: string, models: LearnedModels, then: () => void): void {
  isModelCurrent(dir, models).then(
    (current) => {
      if (!current) then();
    },
    () => then(),
  );
}
