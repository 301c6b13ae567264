import type { notesChannels } from '../../shared/ipc/channels/notes';
import { AppError } from '../../shared/result';
import type { HandlersFor } from '../ipc/types';
import { deleteNoteFile } from '../notes/importer';
import {
  listFlags,
  listNoteFiles,
  listOpenQuestions,
  noteFile,
  noteSection,
  setFlagDismissed,
} from '../notes/queries';

export const notesHandlers: HandlersFor<keyof typeof notesChannels> = {
  // In a worker on its own connection (one transaction, as before): reads and static files are served
  // meanwhile; other writes are answered "busy" until it commits.
  'notes.import': (req, ctx) => {
    ctx.db.assertWritable();
    return ctx.jobs.run('notes.import', { dbPath: ctx.userDb.path, appRoot: ctx.appRoot, files: req.files }, { writes: true });
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
