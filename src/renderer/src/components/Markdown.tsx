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

type Block =
  | { kind: 'h'; level: number; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'ul' | 'ol'; items: string[] }
  | { kind: 'code'; text: string };

/** Line-based parse of the subset our KB entries use: headings, paragraphs, bullet and numbered lists, code. */
export function parseMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let para: string[] = [];
  const flush = (): void => {
    if (para.length) blocks.push({ kind: 'p', text: para.join(' ') });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.startsWith('```'); i++) code.push(lines[i]!);
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    const ul = /^\s*[-*•]\s+(.*)$/.exec(line);
    const ol = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (h) {
      flush();
      blocks.push({ kind: 'h', level: h[1]!.length, text: h[2]! });
    } else if (ul || ol) {
      flush();
      const kind = ul ? 'ul' : 'ol';
      const last = blocks.at(-1);
      const item = (ul ?? ol)![1]!;
      if (last && last.kind === kind) last.items.push(item);
      else blocks.push({ kind, items: [item] });
    } else if (!line.trim()) flush();
    else {
      // A continuation line of a list item joins it; otherwise it is paragraph text.
      const last = blocks.at(-1);
      if (!para.length && last && (last.kind === 'ul' || last.kind === 'ol') && /^\s+/.test(line))
        last.items[last.items.length - 1] += ` ${line.trim()}`;
      else para.push(line.trim());
    }
  }
  flush();
  return blocks;
}

export function Markdown({ text }: { text: string }): ReactNode {
  return (
    <div className="markdown">
      {parseMarkdown(text).map((b, bi) => {
        switch (b.kind) {
          case 'h':
            return b.level <= 2 ? <h3 key={bi}>{inline(b.text, `${bi}`)}</h3> : <h4 key={bi}>{inline(b.text, `${bi}`)}</h4>;
          case 'ul':
          case 'ol': {
            const List = b.kind;
            return (
              <List key={bi}>
                {b.items.map((it, li) => (
                  <li key={li}>{inline(it, `${bi}-${li}`)}</li>
                ))}
              </List>
            );
          }
          case 'code':
            return <pre key={bi}>{b.text}</pre>;
          default:
            return <p key={bi}>{inline(b.text, `${bi}`)}</p>;
        }
      })}
    </div>
  );
}
