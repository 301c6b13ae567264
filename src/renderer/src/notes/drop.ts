/**
 * Note files and folders dropped onto the window. The shell collects them (walking dropped folders) and
 * hands them to the Notes screen's import, which shows the usual progress and summary.
 */

const NOTE_FILE = /\.(md|markdown|txt)$/i;

type Listener = (files: File[]) => void;
let queued: File[] = [];
const listeners = new Set<Listener>();

/** A dropped file that remembers where it was inside a dropped folder (the import's file key). */
function withPath(file: File, path: string): File {
  if (!path || path === file.name) return file;
  // The copy loses what the desktop shell knows about the original (its path on disk): ask first, keep it.
  const onDisk = window.studyDeskFiles?.pathForFile(file);
  const copy = Object.defineProperty(new File([file], file.name, { type: file.type, lastModified: file.lastModified }), 'webkitRelativePath', { value: path });
  return onDisk ? Object.defineProperty(copy, 'path', { value: onDisk }) : copy;
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries answers in chunks (100 in Chromium) until it answers an empty list.
  return new Promise((resolve, reject) => {
    const out: FileSystemEntry[] = [];
    const next = (): void =>
      reader.readEntries((batch) => {
        if (!batch.length) return resolve(out);
        out.push(...batch);
        next();
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (entry.isFile) {
    if (!NOTE_FILE.test(entry.name)) return;
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push(withPath(file, entry.fullPath.replace(/^\//, '')));
  } else if (entry.isDirectory && !entry.name.startsWith('.')) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const c of children) await walk(c, out);
  }
}

/** The note files in a drop: dropped files as they are, dropped folders walked for .md/.markdown/.txt. */
export async function collectDropped(dt: DataTransfer): Promise<File[]> {
  const out: File[] = [];
  // Entries must be taken synchronously, before the first await (the DataTransfer empties after the event).
  const items = [...dt.items].filter((i) => i.kind === 'file');
  const taken = items.map((i) => ({ entry: i.webkitGetAsEntry?.() ?? null, file: i.getAsFile() }));
  for (const { entry, file } of taken) {
    if (entry?.isDirectory) await walk(entry, out);
    else if (file) out.push(file);
  }
  if (!items.length) out.push(...dt.files);
  return out;
}

export function dataTransferHasFiles(dt: DataTransfer | null): boolean {
  return !!dt && [...dt.types].includes('Files');
}

export function pushDropped(files: File[]): void {
  if (!files.length) return;
  if (listeners.size) for (const l of listeners) l(files);
  else queued.push(...files);
}

/** Subscribes the import panel; files dropped before it mounted are delivered at once. */
export function onDropped(l: Listener): () => void {
  listeners.add(l);
  if (queued.length) {
    const files = queued;
    queued = [];
    l(files);
  }
  return () => listeners.delete(l);
}
