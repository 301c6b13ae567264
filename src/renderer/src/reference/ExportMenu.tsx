import { useRef, useState, type ReactNode } from 'react';
import { toCsv, toMarkdown, type MarkdownOptions, type TextTable } from '../../../shared/table/export';
import { downloadBlob } from '../components/download';
import { copyText } from './clipboard';
import { useDismiss } from './useDismiss';

interface Props {
  fileBase: string;
  /** Builds the shown table on demand (visible columns in order, filtered and sorted rows, current units). */
  build: () => { table: TextTable; markdown: MarkdownOptions };
}

/** Download or copy exactly what the table shows, as CSV or Markdown. */
export function ExportMenu({ fileBase, build }: Props): ReactNode {
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  useDismiss(menu);

  const run = async (format: 'csv' | 'md', to: 'file' | 'clipboard'): Promise<void> => {
    const { table, markdown } = build();
    const text = format === 'csv' ? toCsv(table) : toMarkdown(table, markdown);
    const what = `${table.rows.length} row${table.rows.length === 1 ? '' : 's'} × ${table.headers.length} columns`;
    if (to === 'file') {
      // The BOM lets spreadsheet apps read the UTF-8 (µ, ×, —) correctly.
      downloadBlob(
        `${fileBase}.${format}`,
        format === 'csv' ? `\uFEFF${text}` : text,
        format === 'csv' ? 'text/csv;charset=utf-8' : 'text/markdown;charset=utf-8',
      );
      setStatus(`Saved ${what} as ${format === 'csv' ? 'CSV' : 'Markdown'}`);
    } else {
      const ok = await copyText(text);
      setStatus(ok ? `Copied ${what} as ${format === 'csv' ? 'CSV' : 'Markdown'}` : 'Copy failed: the clipboard is not available');
    }
  };

  return (
    <div className="rt-export">
      <details className="rt-menu" ref={menu} data-testid="rt-export">
        <summary>Export</summary>
        <div className="rt-menu-body rt-export-body">
          <button type="button" onClick={() => void run('csv', 'file')} data-testid="rt-export-csv">
            Download CSV
          </button>
          <button type="button" onClick={() => void run('md', 'file')} data-testid="rt-export-md">
            Download Markdown
          </button>
          <button type="button" onClick={() => void run('csv', 'clipboard')} data-testid="rt-copy-csv">
            Copy as CSV
          </button>
          <button type="button" onClick={() => void run('md', 'clipboard')} data-testid="rt-copy-md">
            Copy as Markdown
          </button>
          <p className="muted rt-hint">Exactly what is shown: visible columns in order, current filters, sort, region and units.</p>
        </div>
      </details>
      <span className="rt-status" role="status" data-testid="rt-export-status">
        {status}
      </span>
    </div>
  );
}
