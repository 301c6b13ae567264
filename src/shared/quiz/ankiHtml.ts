/**
 * Card text as Anki note fields. Anki fields are HTML: our plain text (with a little Markdown: **bold**,
 * `code`, line breaks) is escaped first, so a "<" in a card never becomes markup, then the Markdown is
 * turned into tags. The sort field and the duplicate checksum use the text with the HTML stripped again,
 * as Anki does.
 */

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** Plain text with **bold**, `code` and line breaks → an Anki field (HTML). */
export function toAnkiHtml(text: string): string {
  return escapeHtml(text.replace(/\r\n?/g, '\n'))
    .replace(/\*\*([^*\n]+)\*\*/g, '<b>$1</b>')
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/\n/g, '<br>');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** An HTML field as plain text: tags dropped (line breaks become spaces), the common entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(?:div|p|li)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_m, e: string) => ENTITIES[e]!)
    .trim();
}

/** An Anki tag: no spaces (they separate tags), no control characters. */
export function ankiTag(s: string): string {
  return s
    .trim()
    .replace(/[\s\u0000-\u001f"]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The `notes.tags` column: tags separated by spaces, with a space before the first and after the last. */
export function ankiTagsField(tags: readonly string[]): string {
  const clean = [...new Set(tags.map(ankiTag).filter(Boolean))];
  return clean.length ? ` ${clean.join(' ')} ` : '';
}
