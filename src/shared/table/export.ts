/**
 * Text formats for "export what is shown": the caller passes the header texts and cell texts exactly as the
 * table displays them, so the file and the screen cannot drift apart.
 */

export interface TextTable {
  headers: string[];
  rows: string[][];
}

/** RFC 4180 field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with CRLF line ends (RFC 4180) and a final line end. */
export function toCsv(t: TextTable): string {
  return [t.headers, ...t.rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). Used by tests and imports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * One Markdown table cell: `\` and `|` escaped (a bare `|` would start a new cell), line breaks as `<br>`,
 * and an empty cell kept visible to renderers.
 */
export function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>').trim();
}

export interface MarkdownOptions {
  /** Right-align these columns (numbers read better that way). */
  rightAligned?: boolean[];
  /** A line printed under the table (e.g. source, as-of date, active filters). */
  caption?: string;
}

/** A GitHub-flavoured Markdown table. */
export function toMarkdown(t: TextTable, opts: MarkdownOptions = {}): string {
  const line = (cells: string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  const rule = t.headers.map((_, i) => (opts.rightAligned?.[i] ? '---:' : '---'));
  const out = [line(t.headers), `| ${rule.join(' | ')} |`, ...t.rows.map(line)];
  if (opts.caption) out.push('', opts.caption);
  return out.join('\n') + '\n';
}
