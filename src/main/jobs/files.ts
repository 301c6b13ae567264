import { open } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Characters of base64 decoded per step: 4 MiB of text (a multiple of 4) → 3 MiB of bytes, a few ms each. */
const CHUNK_CHARS = 4 * 1024 * 1024;

/**
 * Decodes base64 into a file a slice at a time, yielding to the event loop between slices: memory stays at
 * one slice (not a second copy of the whole upload) and other requests are answered meanwhile.
 */
export async function writeBase64ToFile(base64: string, path: string): Promise<number> {
  const fh = await open(path, 'w', 0o600);
  let bytes = 0;
  try {
    for (let i = 0; i < base64.length; i += CHUNK_CHARS) {
      const chunk = Buffer.from(base64.slice(i, i + CHUNK_CHARS), 'base64');
      await fh.write(chunk);
      bytes += chunk.length;
      await nextTurn();
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  return bytes;
}

/** Reads a file as base64 a slice at a time (slices of a multiple of 3 bytes encode independently). */
export async function readFileAsBase64(path: string): Promise<{ base64: string; bytes: number }> {
  const fh = await open(path, 'r');
  const parts: string[] = [];
  let bytes = 0;
  try {
    const buf = Buffer.alloc(3 * 1024 * 1024);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, bytes);
      if (bytesRead === 0) break;
      parts.push(buf.subarray(0, bytesRead).toString('base64'));
      bytes += bytesRead;
      if (bytesRead < buf.length) break;
    }
  } finally {
    await fh.close();
  }
  return { base64: parts.join(''), bytes };
}
