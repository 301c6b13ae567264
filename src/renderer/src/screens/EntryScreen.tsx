import type { ReactNode } from 'react';
import { ErrorNote, Loading, SourceTag } from '../components/Status';
import { navigate, useApi } from '../hooks';
import { categoryLabel } from '../../../shared/quiz/labels';
import { Markdown } from '../components/Markdown';
import { MakeCardButton } from '../quiz/MakeCard';

export function EntryScreen({ id }: { id: string }): ReactNode {
  const res = useApi('kb.entry', { id }, id);
  if (res.error) return <ErrorNote error={res.error} />;
  if (!res.data) return <Loading what="entry" />;
  const e = res.data;
  return (
    <article className="screen entry" data-testid="entry">
      <p className="crumbs">
        <a href="#/search">Search</a> › {e.service} · {categoryLabel(e.category)}
      </p>
      <h1>{e.title}</h1>
      <p className="lead">{e.summary}</p>
      <Markdown text={e.body} />
      {e.facts.length > 0 && (
        <>
          <h2>Key figures</h2>
          <table className="facts" data-testid="entry-facts">
            <tbody>
              {e.facts.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.label}</th>
                  <td>
                    {f.value}
                    {f.adjustable && (
                      <a
                        className={`quota-tag ${f.adjustable.value ? 'adjustable' : 'fixed'}`}
                        data-testid="fact-adjustable"
                        href={f.adjustable.source}
                        title={
                          f.adjustable.value
                            ? 'A default quota: AWS raises it on request (Service Quotas). Source: the quotas page.'
                            : 'A hard limit: AWS does not raise it on request. Source: the quotas page.'
                        }
                      >
                        {f.adjustable.value ? 'adjustable' : 'hard limit'}
                      </a>
                    )}
                    {f.commonMistakes.map((m) => (
                      <p key={m.claim} className="misquote" data-testid="fact-mistake">
                        <strong>Often misquoted as “{m.claim}”.</strong> {m.why}
                      </p>
                    ))}
                  </td>
                  <td>
                    <SourceTag source={f.source} asOf={f.asOf} />
                  </td>
                  <td>
                    <MakeCardButton
                      label="+ card"
                      front={`${f.label}?`}
                      back={`${f.value} (source: ${f.source}, as of ${f.asOf})`}
                      origin={{ kind: 'table-cell', ref: `fact:${f.id}`, label: e.title }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {e.chooseOver.length > 0 && (
        <>
          <h2>Choose it over…</h2>
          <ul>
            {e.chooseOver.map((c) => (
              <li key={c.other}>
                <a href={`#/entry/${c.other}`}>{c.otherTitle}</a>: {c.when}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Exam traps</h2>
      <ul>
        {e.examTraps.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      {e.tables.length > 0 && (
        <>
          <h2>Tables that mention it</h2>
          <ul>
            {e.tables.map((t) => (
              <li key={t.kind + t.id}>
                <a href={t.kind === 'dataset' ? `#/reference/${t.id}` : `#/reference/compare/${t.id}`}>
                  {t.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {e.related.length > 0 && (
        <>
          <h2>Related</h2>
          <div className="chips">
            {e.related.map((r) => (
              <button key={r.id} type="button" className="chip" onClick={() => navigate('entry', r.id)}>
                {r.title}
              </button>
            ))}
          </div>
        </>
      )}
    </article>
  );
}
