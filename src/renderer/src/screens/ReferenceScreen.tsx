import type { ReactNode } from 'react';
import { ErrorNote, Loading, SourceTag } from '../components/Status';
import { useApi } from '../hooks';
import { ReferenceTable } from '../reference/ReferenceTable';

function ComparisonTable({ id }: { id: string }): ReactNode {
  const res = useApi('kb.comparisons', {}, 'comparisons');
  if (res.error) return <ErrorNote error={res.error} />;
  if (!res.data) return <Loading what="comparison" />;
  const c = res.data.find((x) => x.id === id);
  if (!c) return <ErrorNote error={{ code: 'NOT_FOUND', message: `No comparison "${id}".` }} />;
  return (
    <section className="screen" data-testid="comparison">
      <p className="crumbs">
        <a href="#/reference">Reference</a> › Comparison
      </p>
      <h1>{c.title}</h1>
      <p>{c.description}</p>
      <div className="table-wrap">
        <table className="grid">
          <thead>
            <tr>
              <th />
              {c.items.map((i) => (
                <th key={i.entryId} scope="col">
                  <a href={`#/entry/${i.entryId}`}>{i.name}</a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.dimensions.map((d) => (
              <tr key={d}>
                <th scope="row">{d}</th>
                {c.items.map((i) => (
                  <td key={i.entryId}>{i.values[d]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>How to choose</h2>
      <ul>
        {c.guidance.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
      <SourceTag source={c.source} asOf={c.asOf} />
    </section>
  );
}

function DatasetScreen({ id, rowKey }: { id: string; rowKey?: string }): ReactNode {
  const res = useApi('kb.dataset', { id }, id);
  if (res.error) return <ErrorNote error={res.error} />;
  if (!res.data || res.data.id !== id) return <Loading what="table" />;
  const d = res.data;
  return (
    <section className="screen rt-screen" aria-labelledby="rt-h" data-testid="dataset">
      <p className="crumbs">
        <a href="#/reference">Reference</a> › Table
      </p>
      <h1 id="rt-h">{d.title}</h1>
      <p className="rt-desc">
        {d.description} <SourceTag source={d.source} asOf={d.asOf} />
      </p>
      {/* Keyed by table so its settings, selection and scroll never leak into another table. */}
      <ReferenceTable key={d.id} dataset={d} rowKey={rowKey} />
    </section>
  );
}

export function ReferenceScreen({ args }: { args: string[] }): ReactNode {
  const datasets = useApi('kb.datasets', {}, 'datasets');
  const comparisons = useApi('kb.comparisons', {}, 'comparisons');
  if (args[0] === 'compare' && args[1]) return <ComparisonTable id={args[1]} />;
  if (args[0] && args[0] !== 'compare') return <DatasetScreen id={args[0]} rowKey={args[1]} />;
  return (
    <section className="screen" aria-labelledby="ref-h">
      <h1 id="ref-h">Reference</h1>
      <p className="muted">
        Tables you can filter, sort, compare and export, and side-by-side comparisons of the services the exam likes to
        contrast.
      </p>
      {datasets.error && <ErrorNote error={datasets.error} />}
      {comparisons.error && <ErrorNote error={comparisons.error} />}
      <h2>Tables</h2>
      {datasets.loading && !datasets.data && <Loading what="tables" />}
      <ul className="cards" data-testid="dataset-list">
        {(datasets.data ?? []).map((d) => (
          <li key={d.id}>
            <a href={`#/reference/${d.id}`} data-testid={`dataset-link-${d.id}`}>
              {d.title}
            </a>
            <p className="muted">{d.description}</p>
            <p>
              <SourceTag source={d.source} asOf={d.asOf} />
            </p>
          </li>
        ))}
      </ul>
      {datasets.data?.length === 0 && <p className="muted">No reference tables in this knowledge base build.</p>}
      <h2>Comparisons</h2>
      {comparisons.loading && !comparisons.data && <Loading what="comparisons" />}
      {comparisons.data?.length === 0 && <p className="muted">No comparison tables in this knowledge base build yet.</p>}
      <ul className="cards" data-testid="comparison-list">
        {(comparisons.data ?? []).map((c) => (
          <li key={c.id}>
            <a href={`#/reference/compare/${c.id}`}>{c.title}</a>
            <p className="muted">{c.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
