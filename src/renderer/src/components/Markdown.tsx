import type { ReactNode } from 'react';

/** Inline Markdown: **bold**, `code`, [links](https://…). Rendered as React nodes, never as HTML. */
function inline(text: string, keyBase: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const k = `${keyBase}-${i++}`;
    if (m[1]) out.push(<strong key={k}>{m[1]}</strong>);
    else if (m[2]) out.push(<code key={k}>{m[2]}</code>);
    else
      out.push(
        <a key={k} href={m[4]} target="_blank" rel="noreferrer noopener">
          {m[3]}
        </a>,
      );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

/** The subset of Markdown our KB entries use: headings, paragraphs, bullet lists, tables as text. */
export function Markdown({ text }: { text: string }): ReactNode {
  const blocks = text.split(/\n{2,}/);
  return (
    <div className="markdown">
      {blocks.map((b, bi) => {
        const lines = b.split('\n');
        if (lines.every((l) => /^\s*[-*] /.test(l)))
          return (
            <ul key={bi}>
              {lines.map((l, li) => (
                <li key={li}>{inline(l.replace(/^\s*[-*] /, ''), `${bi}-${li}`)}</li>
              ))}
            </ul>
          );
        const h = /^(#{1,4}) (.*)$/.exec(b);
        if (h && lines.length === 1) return <h3 key={bi}>{inline(h[2] ?? '', `${bi}`)}</h3>;
        if (b.startsWith('```')) return <pre key={bi}>{b.replace(/^```\w*\n?|```$/g, '')}</pre>;
        return <p key={bi}>{inline(b, `${bi}`)}</p>;
      })}
    </div>
  );
}
