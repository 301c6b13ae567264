import { api } from '../api';
import { base64ToBytes, downloadBlob } from '../components/download';

/** Builds an Anki package in the app (a background job) and saves it; returns what to tell the user. */
export async function downloadApkg(include: 'mine' | 'bank' | 'all', scheduling = true): Promise<{ ok: boolean; text: string }> {
  const r = await api['study.exportApkg']({ include, scheduling });
  if (!r.ok) return { ok: false, text: r.error.message };
  downloadBlob(r.value.fileName, base64ToBytes(r.value.base64), 'application/octet-stream');
  // Decks that hold cards: the leaves ("AWS Study Desk::Question bank" only groups its topics).
  const decks = r.value.decks.filter((d) => !r.value.decks.some((o) => o.startsWith(`${d}::`))).length;
  return {
    ok: true,
    text: `Exported ${r.value.notes} card${r.value.notes === 1 ? '' : 's'} in ${decks} deck${decks === 1 ? '' : 's'}${r.value.reviews ? ` with ${r.value.reviews} reviews` : ''} as ${r.value.fileName} (Anki: File › Import).`,
  };
}
