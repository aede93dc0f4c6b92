/**
 * Raw DEFLATE with the platform's CompressionStream (every current browser, Node ≥ 18), and the
 * model codec bound to it: the codec itself stays pure and is handed these two functions. The
 * codec (and the model parser it validates with) is a chunk of its own, fetched the first time a
 * link carries a model or a model is written into one: a first visit to the lesson needs neither.
 */
import type { AnyModel, ParseResult } from '../model';
import type { ByteTransform } from '../model/io/urlcodec';

const codec = () => import('../model/io/urlcodec');

/**
 * The most a link's model may inflate to. A 2 MB link holds at most ~1.5 MB of compressed text,
 * which honest JSON does not inflate past a few times that; a crafted link could inflate a
 * thousandfold, and is cut off here instead of filling the memory.
 */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function through(
  bytes: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  // The DOM's types take any BufferSource in; only bytes are written here.
  const pair = transform as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
  return collect(source.pipeThrough(pair), limit);
}

export const deflateRaw: ByteTransform = (bytes) =>
  through(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);

export const inflateRaw: ByteTransform = (bytes) =>
  through(bytes, new DecompressionStream('deflate-raw'), MAX_INFLATED_BYTES);

// Models are immutable: one encoding per model object, shared by the address bar and the share
// dialogs (a dialog opened on the current model finds it done).
const packed = new WeakMap<AnyModel, Promise<string>>();
const packedText = new WeakMap<AnyModel, string>();

/** A model's packed text if it is already encoded (a dialog then shows its link at once). */
export function encodedModelLink(model: AnyModel): string | undefined {
  return packedText.get(model);
}

/** The fragment's `model=` value for a model (packed). */
export function encodeModelLink(model: AnyModel): Promise<string> {
  let p = packed.get(model);
  if (!p) {
    p = codec().then((c) => c.packModel(model, deflateRaw));
    packed.set(model, p);
    // A failure is not remembered: the next call tries again.
    p.then(
      (text) => packedText.set(model, text),
      () => packed.delete(model),
    );
  }
  return p;
}

/** The model in a `model=` value, packed or the first links' plain base64url JSON. */
export async function decodeModelLink(value: string): Promise<ParseResult<AnyModel>> {
  return (await codec()).unpackModel(value, inflateRaw);
}

/** The model in a query's `?model=` value (the first links' plain base64url JSON). */
export async function decodeModelQuery(value: string): Promise<ParseResult<AnyModel>> {
  return (await codec()).decodeModelParam(value);
}
