/**
 * Structure of a study note: sections (title, heading path, body), flashcards from questions that have an
 * answer, and open questions that do not. Handles the shapes real notes come in: Markdown headings with
 * nested bullets, a table of contents (skipped), `Q:` + `>` answers, numbered `## N. Title` scenarios with
 * a Solution list, `N)` topics, setext headings, numbered question lists without answers, `Answer:` blocks
 * whose questions were lost, and PDF-extraction debris (lone `•` / `1.` lines, sentences split across lines).
 * Code fences are never touched.
 */
import { repairMojibake } from './decode';

export interface NoteSection {
  title: string;
  /** Headings from the top of the file down to this section, this one last. */
  headingPath: string[];
  body: string;
  /** 1-based line in the original file where the section starts. */
  startLine: number;
}

export type CardStyle = 'qa' | 'scenario' | 'topic';

export interface NoteCard {
  front: string;
  back: string;
  sectionIndex: number;
  style: CardStyle;
}

export interface OpenQuestion {
  text: string;
  sectionIndex: number;
}

export interface ParsedNote {
  sections: NoteSection[];
  cards: NoteCard[];
  openQuestions: OpenQuestion[];
  warnings: string[];
  repairs: { mojibake: number; rejoinedLines: number };
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;
const LONE_BULLET = /^\s*[•·▪●◦]\s*$/;
const LONE_NUMBER = /^\s*\d{1,3}\.\s*$/;
/** A list item: bullets, "1.", "1)", "(1)", and roman "iv)" as Word exports them. */
const LIST_ITEM = /^\s*(?:[-*+•·▪●◦]|\d{1,3}[.)]|\(\d{1,3}\)|[ivx]{1,5}\))\s+\S/;
const QUESTION_LINE = /^\s*(?:Q|Question\s*\d*)\s*[:.]\s*(.*)$/i;
const TOPIC_LINE = /^(\d{1,3})\)\s*(\S.*)$/;
const NUMBERED_ITEM = /^(\d{1,3})\.\s+(\S.*)$/;
/** Lines of flattened code (PDF text loses indentation and fences). */
const CODE_LINE =
  /^(?:import\s|from\s\S+\s+import|def\b|return\b|with\s.+:$|try:|except\b|raise\b|for\s.+:$|if\s.+:$|else:|elif\b|class\s|print\(|[{}[\]]|"[^"]*"\s*:|[A-Za-z_][\w.]*\s*=\s*\S|[\w.]+\(.*[),(]$|\)|SELECT\b|FROM\b|WHERE\b|GROUP BY\b|JOIN\b|AND\b|CREATE TABLE\b|DISTKEY|SORTKEY|aws\s+[a-z0-9-]+\s|s3:\/\/|@\w+)/;

/** Removes Markdown emphasis and link syntax from a heading/title. */
export function cleanTitle(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)[*_]([^*_]+)[*_](?=\s|$)/g, '$1$2')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Drops leading emoji/symbols ("✅ Solution", "🧠 Scenario") for matching labels. */
function bare(s: string): string {
  return cleanTitle(s)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim();
}

const TITLE_WORDS = /^[A-Z][A-Za-z-]*(?:\s+(?:[A-Z][A-Za-z-]*|for|of|and|the|to|in|on|with|a|an|&))*$/;

/** A heading split over two lines by PDF extraction: "Handling" / "Technical Debt:". */
function isSplitTitle(a: string, b: string): boolean {
  const wa = a.trim().split(/\s+/).length;
  const wb = b.trim().split(/\s+/).length;
  return (
    wa <= 4 &&
    wb <= 4 &&
    TITLE_WORDS.test(a.trim()) &&
    /:$/.test(b.trim()) &&
    TITLE_WORDS.test(b.trim().slice(0, -1))
  );
}

/**
 * Rejoins PDF-extraction debris in plain-text notes: a lone "•" or "1." line joins the next line (as a
 * Markdown list item), a bullet's text continues until the next marker, and a sentence broken across lines
 * is joined when the next line starts in lower case. Code lines are never joined into prose.
 */
export function rejoinDebris(lines: readonly string[]): {
  lines: string[];
  rejoined: number;
  origin: number[];
} {
  const out: string[] = [];
  /** 1-based original line number where each output line starts. */
  const origin: number[] = [];
  const push = (l: string, at: number): void => {
    out.push(l);
    origin.push(at + 1);
  };
  let rejoined = 0;
  /** Index in `out` of the list item or label line that may still continue. */
  let open: { idx: number; kind: 'item' | 'answer' | 'scenario' | 'prose' } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = raw.trim();
    if (!line) {
      push('', i);
      open = null;
      continue;
    }
    const next = (lines[i + 1] ?? '').trim();
    if (isSplitTitle(line, next)) {
      push(`${line} ${next}`, i);
      rejoined++;
      i++;
      open = null;
      continue;
    }
    if (
      (LONE_BULLET.test(line) || LONE_NUMBER.test(line)) &&
      next &&
      !LONE_BULLET.test(next) &&
      !LONE_NUMBER.test(next)
    ) {
      const marker = LONE_BULLET.test(line) ? '-' : line;
      push(`${marker} ${next}`, i);
      rejoined++;
      i++;
      open = { idx: out.length - 1, kind: 'item' };
      continue;
    }
    // "def" / "with" alone: a code line split by the extractor.
    if (/^(def|with|async def)$/.test(line) && next) {
      push(`${line} ${next}`, i);
      rejoined++;
      i++;
      open = null;
      continue;
    }
    const isCode = CODE_LINE.test(line);
    const startsNew =
      LIST_ITEM.test(line) ||
      QUESTION_LINE.test(line) ||
      /^(Answer|Scenario)\s*:/i.test(line) ||
      HEADING.test(line) ||
      isCode;
    if (open && !startsNew) {
      const prev = out[open.idx] as string;
      const prevEndsLabel = /:$/.test(prev);
      const lower = /^[a-z(]/.test(line);
      let join = false;
      if (open.kind === 'item')
        join = !/:$/.test(line) || lower; // a bullet runs on until the next marker or label
      else if (open.kind === 'scenario') join = true;
      else join = lower && !/[.!?]$/.test(prev) && (!prevEndsLabel || open.kind === 'answer');
      if (open.kind === 'answer' && prevEndsLabel && !lower) join = false;
      if (join) {
        out[open.idx] = `${prev} ${line}`;
        rejoined++;
        continue;
      }
    }
    push(isCode ? raw : line, i);
    if (isCode) open = null;
    else if (/^Answer\s*:/i.test(line)) open = { idx: out.length - 1, kind: 'answer' };
    else if (/^Scenario\s*:/i.test(line)) open = { idx: out.length - 1, kind: 'scenario' };
    else if (LIST_ITEM.test(line)) open = { idx: out.length - 1, kind: 'item' };
    else open = { idx: out.length - 1, kind: 'prose' };
  }
  const fenced = fenceCode(out, origin);
  return { lines: fenced.lines, rejoined, origin: fenced.origin };
}

function depthDelta(l: string): number {
  return (l.match(/[({[]/g) ?? []).length - (l.match(/[)}\]]/g) ?? []).length;
}

/**
 * PDF text loses code fences and indentation: runs of code lines (Python, JSON, SQL, CLI) are wrapped in
 * ``` fences so they stay verbatim, line by line, instead of flowing into a paragraph.
 */
function fenceCode(
  lines: readonly string[],
  origin: readonly number[],
): { lines: string[]; origin: number[] } {
  const out: string[] = [];
  const org: number[] = [];
  for (let i = 0; i < lines.length;) {
    const first = lines[i] as string;
    if (!CODE_LINE.test(first.trim()) || LIST_ITEM.test(first)) {
      out.push(first);
      org.push(origin[i] as number);
      i++;
      continue;
    }
    let j = i;
    let depth = 0;
    while (j < lines.length) {
      const l = (lines[j] as string).trim();
      if (!l) break;
      const code = CODE_LINE.test(l) || depth > 0 || /^[\w'".]+[)\]}]+[,;]?$/.test(l);
      if (!code || (j > i && depth <= 0 && LIST_ITEM.test(l))) break;
      depth += depthDelta(l);
      j++;
    }
    if (j - i >= 2) {
      out.push('```', ...lines.slice(i, j), '```');
      org.push(origin[i] as number, ...origin.slice(i, j), origin[j - 1] as number);
    } else {
      out.push(...lines.slice(i, j));
      org.push(...origin.slice(i, j));
    }
    i = j;
  }
  return { lines: out, origin: org };
}

/** PDF-extracted plain text: no Markdown headings and several lone bullet/number lines. */
function looksLikePdfText(lines: readonly string[]): boolean {
  const headings = lines.filter((l) => HEADING.test(l)).length;
  const debris = lines.filter((l) => LONE_BULLET.test(l) || LONE_NUMBER.test(l)).length;
  return headings < 2 && debris >= 3;
}

/** Joins the wrapped lines of plain-text paragraphs (no Markdown) that end mid-sentence. */
function joinWrappedParagraphs(lines: readonly string[]): {
  lines: string[];
  rejoined: number;
  origin: number[];
} {
  const out: string[] = [];
  const origin: number[] = [];
  let rejoined = 0;
  /** Whether the current paragraph is a numbered item ("12. Design a pipeline…"), wrapped at a fixed width. */
  let numberedPara = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = raw.trim();
    const prev = (out[out.length - 1] ?? '').trim();
    if (!line) numberedPara = false;
    const continues =
      line &&
      prev &&
      !LIST_ITEM.test(line) &&
      !HEADING.test(line) &&
      !/^[\w ]{2,40}:$/.test(line) &&
      !/[.:!?]$/.test(prev) &&
      // A lower-case start after a long line, or any line of a wrapped numbered paragraph.
      ((/^[a-z]/.test(line) && prev.length >= 40) || (numberedPara && prev.length >= 60));
    if (continues) {
      out[out.length - 1] = `${(out[out.length - 1] as string).trimEnd()} ${line}`;
      rejoined++;
      continue;
    }
    if (line && (!prev || !out.length)) numberedPara = NUMBERED_ITEM.test(line);
    else if (NUMBERED_ITEM.test(line)) numberedPara = true;
    out.push(raw);
    origin.push(i + 1);
  }
  return { lines: out, rejoined, origin };
}

interface Block {
  title: string;
  level: number;
  path: string[];
  lines: string[];
  startLine: number;
  kind: 'plain' | 'scenario' | 'topic' | 'answer' | 'toc';
}

const TOC_TITLE = /^(table of contents|contents|toc)$/i;
const TOC_LINE = /^\s*[-*+]\s*\[[^\]]*\]\(#[^)]*\)\s*$/;

function isTocBlock(b: Block): boolean {
  if (TOC_TITLE.test(b.title)) return true;
  const content = b.lines.filter((l) => l.trim());
  return content.length >= 5 && content.filter((l) => TOC_LINE.test(l)).length / content.length >= 0.9;
}

function answerTitle(firstLine: string): string {
  const t = firstLine.replace(/^Answer\s*:\s*/i, '').trim();
  const lead = t.split(/(?<=[.:])\s/)[0] ?? t;
  const short = lead.replace(/[.:]$/, '');
  return short.length > 80 ? `${short.slice(0, 77).replace(/\s+\S*$/, '')}…` : short;
}

/** Question cards: `Q: …` (several lines, code allowed) then `> answer` lines. */
function questionCards(
  lines: readonly string[],
  sectionIndex: number,
  cards: NoteCard[],
  open: OpenQuestion[],
): void {
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) continue;
    const q = QUESTION_LINE.exec(line);
    if (!q || !/^\s*(Q|Question)/i.test(line)) continue;
    const question: string[] = [q[1] ?? ''];
    let j = i + 1;
    let fence = false;
    // The question runs until its answer (a line starting with ">"), possibly over blank lines and code.
    for (; j < lines.length; j++) {
      const l = lines[j] as string;
      if (FENCE.test(l)) fence = !fence;
      if (!fence && (/^\s*>/.test(l) || QUESTION_LINE.test(l) || HEADING.test(l))) break;
      question.push(l);
    }
    const answer: string[] = [];
    if (j < lines.length && /^\s*>/.test(lines[j] as string)) {
      for (; j < lines.length; j++) {
        const l = lines[j] as string;
        if (!l.trim() || QUESTION_LINE.test(l) || HEADING.test(l)) break;
        answer.push(l.replace(/^\s*>\s?/, '').trim());
      }
    }
    const front = tidyBlock(question);
    const back = answer.join(' ').replace(/\s+/g, ' ').trim();
    if (front && back) cards.push({ front, back, sectionIndex, style: 'qa' });
    else if (front) open.push({ text: front, sectionIndex });
    i = j - 1;
  }
}

/** Joins a question's lines: prose lines with spaces, code fences kept verbatim on their own lines. */
function tidyBlock(lines: readonly string[]): string {
  const parts: string[] = [];
  let prose: string[] = [];
  let fence: string[] | null = null;
  const flush = (): void => {
    if (prose.length) parts.push(prose.join(' ').replace(/\s+/g, ' ').trim());
    prose = [];
  };
  for (const l of lines) {
    if (FENCE.test(l)) {
      if (fence) {
        fence.push(l.trim());
        parts.push(fence.join('\n'));
        fence = null;
      } else {
        flush();
        fence = [l.trim()];
      }
      continue;
    }
    if (fence) fence.push(l);
    else if (/^( {4}|\t)\s*\S/.test(l) && /^\s*[{}"[\]]/.test(l)) {
      // Indented JSON (a Markdown code block): keep it as a block.
      flush();
      parts.push(l);
    } else if (l.trim()) prose.push(l.trim());
  }
  if (fence) parts.push(fence.join('\n'));
  flush();
  return parts
    .filter(Boolean)
    .join('\n')
    .replace(/\n(?=\s{4}|\t)/g, '\n')
    .trim();
}

function isSolutionLabel(line: string): boolean {
  return /^solution\s*:?\s*:?$/i.test(bare(line).replace(/\*+/g, '').trim());
}

/** Scenario section: front = title (+ scenario text), back = the Solution list (or the whole body). */
function scenarioCard(b: Block, sectionIndex: number): NoteCard | null {
  const title = cleanTitle(b.title).replace(/^\d+\.\s*/, '');
  let scenario = '';
  const back: string[] = [];
  let inSolution = false;
  let blankRun = 0;
  let sawSolution = false;
  for (const l of b.lines) {
    const t = l.trim();
    if (!inSolution && /^scenario\s*:/i.test(bare(t).replace(/\*+/g, ''))) {
      scenario = bare(t)
        .replace(/\*+/g, '')
        .replace(/^scenario\s*:\s*/i, '')
        .trim();
      continue;
    }
    if (!inSolution && isSolutionLabel(t)) {
      inSolution = true;
      sawSolution = true;
      continue;
    }
    if (!sawSolution) {
      if (t && !/^-{3,}$/.test(t)) back.push(l);
      continue;
    }
    if (!inSolution) continue;
    if (/^-{3,}$/.test(t)) break;
    if (!t) {
      blankRun++;
      // Two blank lines end the solution: what follows is stray text, kept in the section only.
      if (blankRun >= 2 && back.some((x) => x.trim())) inSolution = false;
      back.push('');
      continue;
    }
    blankRun = 0;
    back.push(l.replace(/\s+$/, ''));
  }
  const backText = back
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (!backText) return null;
  const front = scenario ? `${title}\n\n${scenario}` : title;
  return { front, back: backText, sectionIndex, style: 'scenario' };
}

const PROMPT_START =
  /^(how|what|why|when|which|who|where|can|should|is|are|do|does|design|explain|describe|discuss|build|create|implement|develop|architect|set up|setup|compare|automating|managing|designing|creating|archiving|an?\s|the\s)/i;

/** A section that is only a numbered list of paragraphs (questions without answers). */
function numberedQuestions(lines: readonly string[]): string[] | null {
  const items: string[][] = [];
  let cur: string[] | null = null;
  let other = 0;
  for (const l of lines) {
    const t = l.trim();
    if (!t) {
      cur = null;
      continue;
    }
    const m = NUMBERED_ITEM.exec(t);
    if (m) {
      cur = [m[2] as string];
      items.push(cur);
      continue;
    }
    // Empty template lines ("Scenario:", "Technical Approach:") under an item are ignored.
    if (/^[\w ]{2,40}:\s*$/.test(t)) continue;
    if (cur) cur.push(t);
    else other++;
  }
  if (items.length < 3 || other > items.length / 4) return null;
  const texts = items.map((it) => it.join(' ').replace(/\s+/g, ' ').trim());
  const prompts = texts.filter((t) => /\?\s*$/.test(t) || PROMPT_START.test(t));
  return prompts.length >= texts.length * 0.6 ? texts : null;
}

/**
 * Parses a note (already decoded text). `mojibake` counts repairs here too, for text that reaches the
 * parser without going through the decoder.
 */
export function parseNote(input: string): ParsedNote {
  const { text, repairs: mojibake } = repairMojibake(input.replace(/^\uFEFF/, ''));
  const original = text.replace(/\r\n?/g, '\n').split('\n');
  let lines = original;
  let rejoined = 0;
  /** Maps a processed line back to its original line number (rejoining shortens the text). */
  let lineNo: number[] = original.map((_, i) => i + 1);
  const markdown = original.filter((l) => HEADING.test(l)).length >= 2;
  if (looksLikePdfText(original)) {
    const r = rejoinDebris(original);
    lines = r.lines;
    rejoined += r.rejoined;
    lineNo = r.origin;
  } else if (!markdown) {
    const r = joinWrappedParagraphs(original);
    lines = r.lines;
    rejoined += r.rejoined;
    lineNo = r.origin;
  }

  const warnings: string[] = [];
  const blocks: Block[] = [];
  const stack: { level: number; title: string }[] = [];
  let cur: Block = { title: '', level: 0, path: [], lines: [], startLine: 1, kind: 'plain' };
  const begin = (title: string, level: number, at: number, kind: Block['kind']): void => {
    blocks.push(cur);
    while (stack.length && (stack[stack.length - 1] as { level: number }).level >= level) stack.pop();
    const path = [...stack.map((s) => s.title), title];
    stack.push({ level, title });
    cur = { title, level, path, lines: [], startLine: at, kind };
  };
  const topicLines = lines.filter((l) => TOPIC_LINE.test(l)).length;
  const answerLines = lines.filter((l) => /^Answer\s*:/i.test(l.trim())).length;
  let inFence = false;
  let scenarioLevel = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const at = lineNo[i] ?? i + 1;
    if (FENCE.test(line)) {
      inFence = !inFence;
      cur.lines.push(line);
      continue;
    }
    if (inFence) {
      cur.lines.push(line);
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      const level = (h[1] as string).length;
      const title = cleanTitle(h[2] as string);
      const numbered = /^\d{1,3}\.\s+\S/.test(title);
      // Unnumbered sub-headings inside a scenario ("### Frontend:") are part of its solution.
      if (cur.kind === 'scenario' && !numbered && level > scenarioLevel) {
        cur.lines.push(`**${title}**`);
        continue;
      }
      if (numbered) scenarioLevel = level;
      begin(title, level, at, numbered ? 'scenario' : 'plain');
      continue;
    }
    const next = lines[i + 1] ?? '';
    // Setext heading: text underlined with --- or ===.
    if (
      line.trim() &&
      !LIST_ITEM.test(line) &&
      /^(-{3,}|={3,})\s*$/.test(next) &&
      !(cur.lines[cur.lines.length - 1] ?? '').trim()
    ) {
      begin(cleanTitle(line), /^=/.test(next.trim()) ? 1 : 2, at, 'plain');
      i++;
      continue;
    }
    const topic = topicLines >= 3 ? TOPIC_LINE.exec(line) : null;
    if (topic) {
      begin(cleanTitle(topic[2] as string).replace(/:\s*$/, ''), 2, at, 'topic');
      continue;
    }
    if (!markdown && answerLines >= 1) {
      const t = line.trim();
      if (/^Answer\s*:/i.test(t)) {
        // An answer right after a "Scenario: …?" keeps its question; otherwise its question was lost.
        const hasQuestion =
          cur.kind === 'plain' &&
          cur.lines.some((l) => /^Scenario\s*:/i.test(l.trim())) &&
          !cur.lines.some((l) => /^Answer\s*:/i.test(l.trim()));
        if (!hasQuestion) begin(answerTitle(t), 2, at, 'answer');
        cur.lines.push(t);
        continue;
      }
      // A pseudo-heading rejoined from two lines ("Handling Technical Debt:") starts a new section.
      if (
        /^[A-Z][A-Za-z &-]{2,60}:$/.test(t) &&
        TITLE_WORDS.test(t.slice(0, -1)) &&
        t.split(/\s+/).length >= 2 &&
        /^(Scenario\s*:|aws\s|SELECT\b|```)/i.test((lines[i + 1] ?? '').trim())
      ) {
        begin(t.slice(0, -1), 2, at, 'plain');
        continue;
      }
    }
    cur.lines.push(line);
  }
  blocks.push(cur);

  const sections: NoteSection[] = [];
  const cards: NoteCard[] = [];
  const openQuestions: OpenQuestion[] = [];
  let tocs = 0;
  let lostAnswers = 0;
  for (const b of blocks) {
    const content = b.lines.filter((l) => l.trim() && !/^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(l));
    if (!content.length) continue;
    if (isTocBlock(b)) {
      tocs++;
      continue;
    }
    const title = b.title || firstWords(content[0] as string);
    const body = b.lines
      .join('\n')
      .replace(/^\s*(-{3,}|\*{3,}|_{3,})\s*$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
    const sectionIndex = sections.length;
    sections.push({ title, headingPath: b.path.length ? b.path : [title], body, startLine: b.startLine });

    questionCards(b.lines, sectionIndex, cards, openQuestions);

    if (b.kind === 'scenario') {
      const c = scenarioCard(b, sectionIndex);
      if (c) cards.push(c);
    } else if (b.kind === 'topic') {
      // "1) How can you …?" with notes under it is a question with an answer; "7) Caching:" is a topic.
      if (/\?\s*$/.test(b.title)) cards.push({ front: b.title, back: body, sectionIndex, style: 'topic' });
    } else if (b.kind === 'answer') {
      lostAnswers++;
    } else if (b.kind === 'plain') {
      const scen = b.lines.findIndex((l) => /^Scenario\s*:/i.test(l.trim()));
      const ans = b.lines.findIndex((l) => /^Answer\s*:/i.test(l.trim()));
      if (scen >= 0 && ans > scen) {
        const front = b.lines
          .slice(scen, ans)
          .map((l) => l.trim())
          .join(' ')
          .replace(/^Scenario\s*:\s*/i, '')
          .trim();
        const back = b.lines
          .slice(ans)
          .join('\n')
          .replace(/^\s*Answer\s*:\s*/i, '')
          .trim();
        if (front && back) cards.push({ front, back, sectionIndex, style: 'qa' });
      } else if (!cards.some((c) => c.sectionIndex === sectionIndex)) {
        const qs = numberedQuestions(b.lines);
        if (qs) for (const q of qs) openQuestions.push({ text: q, sectionIndex });
      }
    }
  }

  if (tocs) warnings.push('Skipped a table of contents (links only, not note content).');
  if (lostAnswers)
    warnings.push(
      `${lostAnswers} "Answer:" blocks have no question before them; kept as note sections, no flashcards made from them.`,
    );
  const unanswered = openQuestions.length;
  if (unanswered) warnings.push(`${unanswered} questions have no answer yet; listed as open questions.`);
  if (rejoined) warnings.push(`Rejoined ${rejoined} lines broken by PDF extraction or wrapping.`);
  return { sections, cards, openQuestions, warnings, repairs: { mojibake, rejoinedLines: rejoined } };
}

function firstWords(line: string): string {
  const t = cleanTitle(line);
  return t.length > 60 ? `${t.slice(0, 57).replace(/\s+\S*$/, '')}…` : t;
}
