import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { CardFilter, CardRow } from '../../../shared/ipc/channels/study';
import { formatInterval } from '../../../shared/quiz/schedule';
import { api } from '../api';
import { downloadApkg } from './exportApkg';
import { downloadBlob } from '../components/download';
import { ErrorNote, Loading } from '../components/Status';
import { useApi } from '../hooks';
import { EditCard } from './ReviewPane';

const FILTERS: { id: CardFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'new', label: 'New' },
  { id: 'learning', label: 'Learning' },
  { id: 'review', label: 'Review' },
  { id: 'suspended', label: 'Suspended' },
  { id: 'buried', label: 'Buried' },
];
const KIND: Record<CardRow['kind'], string> = { custom: 'Yours', note: 'Note', question: 'Bank' };

/** Card text in a table cell: Markdown emphasis and code markers dropped (the review renders them). */
function plain(s: string): string {
  return s.replace(/\*\*|__|`/g, '');
}

function dueText(r: CardRow): string {
  if (!r.due) return 'new';
  const ms = Date.parse(r.due) - Date.now();
  return ms <= 0 ? 'due now' : `in ${formatInterval(ms)}`;
}

/** `#/quiz/cards`: the card browser (search, edit, suspend, bury, reset) and Anki import/export. */
export function CardsPane(): ReactNode {
  const [q, setQ] = useState('');
  const [dq, setDq] = useState('');
  const [filter, setFilter] = useState<CardFilter>('all');
  const [tick, setTick] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const t = setTimeout(() => setDq(q), 120);
    return () => clearTimeout(t);
  }, [q]);
  const [limit, setLimit] = useState(100);
  useEffect(() => setLimit(100), [dq, filter]);
  // The command palette's export reports here (it navigates to this pane first).
  useEffect(() => {
    const on = (e: Event): void => setMsg((e as CustomEvent<{ ok: boolean; text: string }>).detail);
    window.addEventListener('study-desk:cards-msg', on);
    return () => window.removeEventListener('study-desk:cards-msg', on);
  }, []);
  const list = useApi('study.cards', { q: dq, filter, limit }, `${dq}/${filter}/${limit}/${tick}`);

  const act = async (r: CardRow, action: 'suspend' | 'unsuspend' | 'bury' | 'unbury' | 'reset'): Promise<void> => {
    const res = await api['study.setFlag']({ cardIds: [r.cardId], action });
    if (res.ok) {
      setMsg({ ok: true, text: `${action === 'reset' ? 'Reset to new' : `${action[0]!.toUpperCase()}${action.slice(1)}ed`}: ${r.front.slice(0, 60)}` });
      setTick((t) => t + 1);
    } else setMsg({ ok: false, text: res.error.message });
  };
  const exportAnki = async (include: 'mine' | 'bank' | 'all'): Promise<void> => {
    const r = await api['study.exportAnki']({ include });
    if (!r.ok) return setMsg({ ok: false, text: r.error.message });
    downloadBlob(r.value.fileName, r.value.text, 'text/plain;charset=utf-8');
    setMsg({ ok: true, text: `Exported ${r.value.count} cards as ${r.value.fileName} (Anki: File › Import).` });
  };
  const [scheduling, setScheduling] = useState(true);
  const [building, setBuilding] = useState(false);
  const exportApkg = async (include: 'mine' | 'bank' | 'all'): Promise<void> => {
    setBuilding(true);
    setMsg({ ok: true, text: 'Building the Anki package…' });
    const r = await downloadApkg(include, scheduling);
    setBuilding(false);
    setMsg(r);
  };
  const importFile = async (file: File): Promise<void> => {
    const text = await file.text();
    const r = await api['study.importAnki']({ text, fileName: file.name });
    if (!r.ok) return setMsg({ ok: false, text: r.error.message });
    const v = r.value;
    setMsg({
      ok: v.added > 0,
      text: `Imported ${v.added} card${v.added === 1 ? '' : 's'} from ${file.name}${v.duplicates ? `; ${v.duplicates} already here` : ''}${v.skipped ? `; ${v.skipped} line(s) skipped (${v.problems.slice(0, 3).join('; ')})` : ''}.`,
    });
    setTick((t) => t + 1);
  };

  return (
    <div className="qz-cards" data-testid="qz-cards">
      <div className="qz-toolbar">
        <input
          type="search"
          placeholder="Search cards: front, back, origin, tags"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-label="Search cards"
          data-testid="qz-cards-search"
        />
        <div className="chips" role="group" aria-label="Show">
          {FILTERS.map((f) => (
            <button key={f.id} type="button" className={`chip ${filter === f.id ? 'on' : ''}`} aria-pressed={filter === f.id} onClick={() => setFilter(f.id)} data-testid={`qz-cards-filter-${f.id}`}>
              {f.label}
            </button>
          ))}
        </div>
        <span className="qz-spacer" />
        <details className="qz-anki">
          <summary data-testid="qz-anki-menu">Anki</summary>
          <div className="qz-anki-menu panel" data-testid="qz-anki-panel">
            <strong>Anki package (.apkg)</strong>
            <button type="button" className="primary" onClick={() => void exportApkg('mine')} disabled={building} data-testid="qz-apkg-mine">
              Export my cards and notes (.apkg)
            </button>
            <button type="button" onClick={() => void exportApkg('bank')} disabled={building} data-testid="qz-apkg-bank">
              Export the question bank (.apkg)
            </button>
            <button type="button" onClick={() => void exportApkg('all')} disabled={building} data-testid="qz-apkg-all">
              Export everything (.apkg)
            </button>
            <label className="muted">
              <input type="checkbox" checked={scheduling} onChange={(e) => setScheduling(e.target.checked)} data-testid="qz-apkg-scheduling" /> Include my
              schedule and review history
            </label>
            <p className="muted">In Anki: File › Import. Importing a newer export again updates the same notes instead of adding copies.</p>
            <strong>Text</strong>
            <button type="button" onClick={() => void exportAnki('mine')} data-testid="qz-export-mine">
              Export my cards and notes (.txt)
            </button>
            <button type="button" onClick={() => void exportAnki('bank')} data-testid="qz-export-bank">
              Export the question bank (.txt)
            </button>
            <button type="button" onClick={() => void exportAnki('all')}>
              Export everything (.txt)
            </button>
            <button type="button" onClick={() => fileInput.current?.click()} data-testid="qz-import-anki">
              Import an Anki text export…
            </button>
            <p className="muted">Anki text format: tab-separated, deck and tags columns. Plain two-column files (front, back) work too.</p>
          </div>
        </details>
        <input
          ref={fileInput}
          type="file"
          accept=".txt,.tsv,.csv,text/plain"
          hidden
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
            e.target.value = '';
          }}
          data-testid="qz-import-file"
        />
      </div>
      {msg && (
        <p className={msg.ok ? 'good' : 'bad'} role="status" data-testid="qz-cards-msg">
          {msg.text}
        </p>
      )}
      {list.error && <ErrorNote error={list.error} />}
      {!list.data && !list.error && <Loading what="cards" />}
      {list.data && (
        <>
          <p className="muted" data-testid="qz-cards-total">
            {list.data.total} card{list.data.total === 1 ? '' : 's'}
            {list.data.total > list.data.cards.length ? ` (first ${list.data.cards.length} shown)` : ''}
          </p>
          <table className="grid qz-cards-table" data-testid="qz-cards-table">
            <thead>
              <tr>
                <th>Front</th>
                <th>Back</th>
                <th>Kind</th>
                <th>State</th>
                <th>Due</th>
                <th>Reviews</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.data.cards.map((r) =>
                editing === r.cardId ? (
                  <tr key={r.cardId}>
                    <td colSpan={7}>
                      <EditCard
                        card={r}
                        onDone={(saved) => {
                          setEditing(null);
                          if (saved) {
                            setMsg({ ok: true, text: 'Card saved.' });
                            setTick((t) => t + 1);
                          }
                        }}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={r.cardId} data-card-id={r.cardId} className={r.suspended ? 'qz-row-suspended' : undefined}>
                    <td className="qz-cell-text" title={r.origin}>
                      {plain(r.front)}
                    </td>
                    <td className="qz-cell-text">{plain(r.back)}</td>
                    <td>{KIND[r.kind]}</td>
                    <td>
                      {r.state}
                      {r.suspended && <span className="qz-tag bad"> suspended</span>}
                      {r.buriedUntil && <span className="qz-tag"> buried</span>}
                    </td>
                    <td>{dueText(r)}</td>
                    <td>
                      {r.reps}
                      {r.lapses ? ` (${r.lapses} lapses)` : ''}
                    </td>
                    <td className="qz-cell-actions">
                      {r.editable && (
                        <button type="button" className="qz-small" onClick={() => setEditing(r.cardId)} data-testid="qz-cards-edit">
                          Edit
                        </button>
                      )}
                      <button type="button" className="qz-small" onClick={() => void act(r, r.suspended ? 'unsuspend' : 'suspend')} data-testid="qz-cards-suspend">
                        {r.suspended ? 'Unsuspend' : 'Suspend'}
                      </button>
                      <button type="button" className="qz-small" onClick={() => void act(r, r.buriedUntil ? 'unbury' : 'bury')} data-testid="qz-cards-bury">
                        {r.buriedUntil ? 'Unbury' : 'Bury'}
                      </button>
                      {r.state !== 'new' && (
                        <button type="button" className="qz-small" onClick={() => void act(r, 'reset')} data-testid="qz-cards-reset">
                          Reset
                        </button>
                      )}
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          {list.data.total > list.data.cards.length && (
            <p>
              <button type="button" onClick={() => setLimit((l) => Math.min(500, l + 100))} disabled={limit >= 500} data-testid="qz-cards-more">
                Show more
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
