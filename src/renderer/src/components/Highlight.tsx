import type { ReactNode } from 'react';

/** Renders a search snippet whose matches are wrapped in \u0002…\u0003, as text (never as HTML). */
export function Highlight({ text }: { text: string }): ReactNode {
  const out: ReactNode[] = [];
  const re = /\u0002([^\u0003]*)\u0003/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(<mark key={m.index}>{m[1]}</mark>);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return <>{out}</>;
}
