import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SearchHit } from '../../../shared/ipc/channels/search';
import { categoryLabel } from '../../../shared/quiz/labels';
import { SEARCH_KINDS, type SearchKind } from '../../../shared/search/kinds';
import { ErrorNote } from '../components/Status';
import { Highlight } from '../components/Highlight';
import { navigate, useApi } from '../hooks';

const KIND_LABEL: Record<SearchKind, string> = {
  entry: 'Entries',
  fact: 'Facts',
  'dataset-row': 'Table rows',
  comparison: 'Comparisons',
  question: 'Questions',
  note: 'My notes',
};

/** Where a hit opens. */
export function openHit(hit: SearchHit): void {
  switch (hit.kind) {
    case 'entry':
      return navigate('entry', hit.ref);
    case 'fact':
      return navigate('entry', hit.ref.split('.')[0] ?? hit.ref);
    case 'dataset-row': {
      const [table, ...key] = hit.ref.split(':');
      return navigate('reference', table ?? '', key.join(':'));
    }
    case 'comparison':
      return navigate('reference', 'compare', hit.ref);
    case 'question':
      return navigate('quiz', 'question', hit.ref);
    case 'note':
      return navigate('notes', 'section', hit.ref);
  }
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function SearchScreen(): ReactNode {
  const [q, setQ] = useState(() => sessionStorage.getItem('search.q') ?? '');
  const [kinds, setKinds] = useState<SearchKind[]>([]);
  const [service, setService] = useState('');
  const entries = useApi('kb.entries', {}, 'entries');
  const services = [...new Set((entries.data ?? []).map((e) => e.service))].sort();
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const dq = useDebounced(q, 60);
  const req = dq.trim()
    ? { q: dq, kinds: kinds.length ? kinds : undefined, service: service || undefined, limit: 30 }
    : null;
  const res = useApi('search.query', req, JSON.stringify(req));

  useEffect(() => {
    sessionStorage.setItem('search.q', q);
    setSelected(0);
  }, [q, kinds, service]);

  useEffect(() => {
    // The box has focus on arrival; Ctrl/Cmd+K is the command palette (App), whose "Search for …" runs
    // its query here.
    input.current?.focus();
    // Web mode's first screen is server markup until React takes it over (boot.ts): what was typed into
    // its box meanwhile is the query.
    setQ((cur) => (input.current && input.current.value !== cur ? input.current.value : cur));
    const onSearch = (e: Event): void => {
      const text = (e as CustomEvent<string>).detail;
      if (typeof text !== 'string') return;
      setQ(text);
      input.current?.focus();
    };
    window.addEventListener('study-desk:search', onSearch);
    return () => window.removeEventListener('study-desk:search', onSearch);
  }, []);

  const hits = res.data?.hits ?? [];
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setSelected((s) => Math.min(s + 1, hits.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected((s) => Math.max(s - 1, 0));
    } else if (e.key === 'Enter' && hits[selected]) {
      openHit(hits[selected]);
    } else if (e.key === 'Escape') setQ('');
  };

  return (
    <section className="screen" aria-labelledby="search-h">
      <h1 id="search-h">Search</h1>
      <input
        ref={input}
        // In the markup too, so web mode's server-rendered first screen (boot.ts) has the focus React gives it.
        autoFocus
        className="search-input"
        type="search"
        placeholder="Search services, limits, tables, questions and your notes (Ctrl+K: commands)"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
        aria-label="Search"
        aria-controls="search-results"
        data-testid="search-input"
      />
      <div className="chips" role="group" aria-label="Filter by kind">
        {SEARCH_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className={kinds.includes(k) ? 'chip on' : 'chip'}
            aria-pressed={kinds.includes(k)}
            onClick={() => setKinds((ks) => (ks.includes(k) ? ks.filter((x) => x !== k) : [...ks, k]))}
          >
            {KIND_LABEL[k]}
          </button>
        ))}
        <select
          value={service}
          onChange={(e) => setService(e.target.value)}
          aria-label="Filter by service"
          data-testid="service-filter"
        >
          <option value="">All services</option>
          {services.map((sv) => (
            <option key={sv} value={sv}>
              {sv}
            </option>
          ))}
        </select>
      </div>
      {res.error && <ErrorNote error={res.error} />}
      {res.data && req && (
        <p className="muted" data-testid="search-summary">
          {res.data.total.toLocaleString()}
          {res.data.totalIsLowerBound ? '+' : ''} result{res.data.total === 1 ? '' : 's'}
          {res.data.correctedQuery && (
            <>
              {' '}
              for <strong data-testid="corrected-query">{res.data.correctedQuery}</strong> (nothing matched “{dq}”)
            </>
          )}
          {res.data.matchedAny && ' (no result has every word: showing results with any of them)'}
          {res.data.commonWordsOnly && ' (every word is in most documents: title matches first, then newest)'}
          {res.data.literal && ' (searched as plain text)'} · {res.data.tookMs.toFixed(1)} ms
        </p>
      )}
      <ol id="search-results" className="hits" role="listbox" aria-label="Results" data-testid="search-results">
        {hits.map((h, i) => (
          <li
            key={`${h.kind}:${h.ref}`}
            role="option"
            aria-selected={i === selected}
            className={i === selected ? 'hit selected' : 'hit'}
            onClick={() => openHit(h)}
            onMouseEnter={() => setSelected(i)}
          >
            <div className="hit-title">
              <span className={`kind kind-${h.kind}`}>{KIND_LABEL[h.kind]}</span> {h.title}
              {h.service && <span className="muted"> · {h.service}</span>}
            </div>
            <div className="hit-snippet">
              <Highlight text={h.snippet} />
            </div>
          </li>
        ))}
      </ol>
      {!req && (
        <div className="empty-hint">
          <p className="muted">
            Try “RCU”, “gp3 iops”, “glacier minimum”, “sqs vs sns” or a phrase from your notes. ↑/↓ to move, Enter to
            open, Esc to clear. Phrases in quotes, prefix with *, AND/OR/NOT work too.
          </p>
          <h2>Browse the knowledge base</h2>
          <div className="browse" data-testid="browse">
            {[...new Set((entries.data ?? []).map((e) => e.category))].sort().map((cat) => (
              <section key={cat}>
                <h3>{categoryLabel(cat)}</h3>
                <ul>
                  {(entries.data ?? [])
                    .filter((e) => e.category === cat)
                    .map((e) => (
                      <li key={e.id}>
                        <a href={`#/entry/${e.id}`} title={e.summary}>
                          {e.title}
                        </a>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
