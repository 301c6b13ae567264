import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { MAX_IMPORT_BYTES } from '../../shared/notes/decode';

export type ReadNote = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

function mb(n: number): string {
  return n >= 1024 ** 3 ? `${(n / 1024 ** 3).toFixed(1)} GB` : `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(size: number): ReadNote {
  return {
    ok: false,
    reason: `The file is ${mb(size)}; notes up to ${mb(MAX_IMPORT_BYTES)} can be imported. Split it into smaller files.`,
  };
}

/**
 * Reads a note file without trusting it: stat first (a FIFO, device or socket is refused before it is
 * opened, so nothing blocks; an over-size file is refused before a byte is read, whatever its size, 2 GB and
 * more included), then read in chunks up to the limit from a non-blocking descriptor, re-checked with fstat
 * in case the path changed in between.
 */
export function readNoteFile(path: string, limit: number = MAX_IMPORT_BYTES): ReadNote {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    return {
      ok: false,
      reason: `Cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
    };
  }
  if (!st.isFile()) return { ok: false, reason: notRegular(st) };
  if (st.size > limit) return tooLarge(st.size);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return {
      ok: false,
      reason: `Cannot open the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
    };
  }
  try {
    const fst = fstatSync(fd);
    if (!fst.isFile()) return { ok: false, reason: notRegular(fst) };
    if (fst.size > limit) return tooLarge(fst.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      // The file grew past the limit while being read.
      if (total > limit) return tooLarge(total);
    }
    return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks, total)) };
  } finally {
    closeSync(fd);
  }
}

function notRegular(st: {
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
}): string {
  const what = st.isFIFO()
    ? 'a named pipe (FIFO)'
    : st.isCharacterDevice() || st.isBlockDevice()
      ? 'a device'
      : st.isSocket()
        ? 'a socket'
        : st.isDirectory()
          ? 'a folder'
          : 'not a regular file';
  return `This is ${what}, not a note file; only regular files are imported.`;
}
