/**
 * Anki's plain-text note format (File › Import in Anki; "Notes in Plain Text" export): one note a line,
 * fields split by a separator, optional `#key:value` header lines on top (`#separator:tab`, `#html:false`,
 * `#deck column:3`, `#tags column:4`, …). Fields holding the separator, a quote or a line break are
 * wrapped in double quotes with quotes doubled, as in CSV. Reference: https://docs.ankiweb.net/importing/text-files.html
 */

export interface AnkiNote {
  front: string;
  back: string;
  /** Deck name, `::` between levels ("AWS Study Desk::Question bank::Databases"); null = the importer's default. */
  deck: string | null;
  tags: string[];
}

export interface AnkiParse {
  notes: AnkiNote[];
  /** Lines that were not notes, for the user: "line 7: only one field". */
  problems: string[];
  /** Header values as read (lower-cased keys). */
  headers: Record<string, string>;
}

/** A tag as Anki stores it: no spaces (they separate tags). */
export function ankiTag(s: string): string {
  return s.trim().replace(/\s+/g, '_');
}

function quoteField(v: string): string {
  return /[\t\n\r"]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** Notes as Anki's text import format: tab-separated, plain text, deck in column 3 and tags in column 4. */
export function toAnkiText(notes: readonly AnkiNote[]): string {
  const head = ['#separator:tab', '#html:false', '#notetype:Basic', '#deck column:3', '#tags column:4'];
  const lines = notes.map((n) =>
    [n.front, n.back, n.deck ?? 'Default', n.tags.map(ankiTag).filter(Boolean).join(' ')].map(quoteField).join('\t'),
  );
  return `${[...head, ...lines].join('\n')}\n`;
}

const SEPARATORS: Record<string, string> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

/** Splits text into records of fields (quotes as in CSV: a quoted field may hold separators and line breaks). */
function records(text: string, sep: string, startLine: number): { fields: string[]; line: number }[] {
  const out: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  let line = startLine;
  let recordLine = startLine;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0]!.trim() !== '') out.push({ fields, line: recordLine });
    fields = [];
    field = '';
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (atFieldStart && c === '"') {
      quoted = true;
      atFieldStart = false;
      continue;
    }
    if (c === sep) {
      fields.push(field);
      field = '';
      atFieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
      atFieldStart = false;
    }
  }
  if (field !== '' || fields.length) endRecord();
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Anki fields are HTML unless `#html:false`: line breaks kept, tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(div|p|li|h[1-6])>/gi, '\n')
    .replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/gi, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Guesses the separator of a file without a `#separator` header: tab, then semicolon, then comma. */
function guessSeparator(sample: string): string {
  for (const s of ['\t', ';', ',']) if (sample.includes(s)) return s;
  return '\t';
}

/**
 * Reads an Anki text export (with headers) or a plain two-column file (front, back). The first two note
 * fields become front and back; deck and tags come from their header-named columns.
 */
export function parseAnkiText(input: string): AnkiParse {
  const text = input.replace(/^\uFEFF/, '');
  const headers: Record<string, string> = {};
  const lines = text.split('\n');
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^#([\w ]+):(.*)$/.exec(lines[i]!.replace(/\r$/, ''));
    if (!m) break;
    headers[m[1]!.trim().toLowerCase()] = m[2]!.trim();
  }
  const body = lines.slice(i).join('\n');
  const sepHeader = headers.separator;
  const sep = sepHeader
    ? (SEPARATORS[sepHeader.toLowerCase()] ?? sepHeader[0] ?? '\t')
    : guessSeparator(body.slice(0, 4000));
  const html = headers.html ? headers.html.toLowerCase() === 'true' : /<(br|div|b|i|p|span)\b/i.test(body);
  const col = (key: string): number | null => {
    const n = Number(headers[key]);
    return Number.isInteger(n) && n > 0 ? n - 1 : null;
  };
  const special = new Map<number, 'deck' | 'tags' | 'other'>();
  const deckCol = col('deck column');
  const tagsCol = col('tags column');
  if (deckCol !== null) special.set(deckCol, 'deck');
  if (tagsCol !== null) special.set(tagsCol, 'tags');
  for (const k of ['notetype column', 'guid column']) {
    const c = col(k);
    if (c !== null) special.set(c, 'other');
  }
  const clean = (s: string): string => (html ? htmlToText(s) : s.replace(/\r/g, '').trim());
  const notes: AnkiNote[] = [];
  const problems: string[] = [];
  const defaultTags = headers.tags ? headers.tags.split(/\s+/).filter(Boolean) : [];
  for (const r of records(body, sep, i + 1)) {
    const fields = r.fields.filter((_, j) => !special.has(j));
    const front = clean(fields[0] ?? '');
    const back = clean(fields[1] ?? '');
    if (!front || !back) {
      problems.push(`line ${r.line}: ${!front ? 'the front is empty' : 'only one field (front and back are needed)'}`);
      continue;
    }
    const deck = deckCol !== null ? (r.fields[deckCol]?.trim() ?? '') : '';
    const tags = tagsCol !== null ? (r.fields[tagsCol] ?? '').split(/\s+/).filter(Boolean) : [];
    notes.push({ front, back, deck: deck || headers.deck || null, tags: [...new Set([...defaultTags, ...tags])] });
  }
  return { notes, problems, headers };
}
