import type { notesChannels } from '../../shared/ipc/channels/notes';
import { AppError } from '../../shared/result';
import type { HandlersFor } from '../ipc/types';
import { deleteNoteFile, importFiles } from '../notes/importer';
import {
  listFlags,
  listNoteFiles,
  listOpenQuestions,
  noteFile,
  noteSection,
  setFlagDismissed,
} from '../notes/queries';
import { loadFactRules } from '../notes/rules';

function fromBase64(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'base64'));
}

export const notesHandlers: HandlersFor<keyof typeof notesChannels> = {
  'notes.import': (req, ctx) => {
    const rules = loadFactRules(ctx.appRoot);
    const files = req.files.map((f) => ({
      name: f.name,
      fileKey: f.fileKey ?? f.name,
      // Uploads are identified by content and name unless the picker gave a real path.
      path: f.path ?? null,
      replace: f.replace,
      bytes: fromBase64(f.contentBase64),
    }));
    return ctx.db.write('notes.import', (u) => importFiles(u, files, { rules }));
  },
  'notes.list': (_req, ctx) => ctx.db.read('notes.list', (u) => listNoteFiles(u)),
  'notes.file': (req, ctx) => ctx.db.read('notes.file', (u) => noteFile(u, req.id)),
  'notes.section': (req, ctx) => ctx.db.read('notes.section', (u) => noteSection(u, req.id)),
  'notes.flags': (req, ctx) =>
    ctx.db.read('notes.flags', (u) =>
      listFlags(u, { fileId: req.fileId, includeDismissed: req.includeDismissed }),
    ),
  'notes.dismissFlag': (req, ctx) =>
    ctx.db.write('notes.dismissFlag', (u) => setFlagDismissed(u, req.id, req.dismissed)),
  'notes.openQuestions': (req, ctx) =>
    ctx.db.read('notes.openQuestions', (u) => listOpenQuestions(u, req.fileId)),
  'notes.delete': (req, ctx) =>
    ctx.db.write('notes.delete', (u) => {
      const r = deleteNoteFile(u, req.id);
      if (!r) throw new AppError('NOT_FOUND', `No imported note file with id ${req.id}.`);
      return { id: req.id, ...r };
    }),
};
