import { useRef, useState, type ReactNode } from 'react';
import { exportCsv, exportJson, exportMarkdown, type ExportTable } from '../../../shared/table/export';
import { downloadBlob } from '../components/download';
import { copyText } from './clipboard';
import { useDismiss } from './useDismiss';

interface Props {
  fileBase: string;
  /** Builds the shown table on demand (visible columns in order, filtered and sorted rows, current units). */
  build: () => ExportTable;
}

type Format = 'csv' | 'md' | 'json';
const FORMAT: Record<Format, { name: string; mime: string; write: (t: ExportTable) => string }> = {
  // The BOM lets spreadsheet apps read the UTF-8 (µ, ×, —) correctly.
  csv: { name: 'CSV', mime: 'text/csv;charset=utf-8', write: (t) => `\uFEFF${exportCsv(t)}` },
  md: { name: 'Markdown', mime: 'text/markdown;charset=utf-8', write: exportMarkdown },
  json: { name: 'JSON', mime: 'application/json;charset=utf-8', write: exportJson },
};

/**
 * Download or copy what the table shows (rows, columns, region, units) as CSV, Markdown or JSON, with
 * numbers at full precision (the screen rounds prices for reading; exports do not).
 */
export function ExportMenu({ fileBase, build }: Props): ReactNode {
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  useDismiss(menu);

  const run = async (format: Format, to: 'file' | 'clipboard'): Promise<void> => {
    const table = build();
    const f = FORMAT[format];
    const text = f.write(table);
    const what = `${table.rows.length} row${table.rows.length === 1 ? '' : 's'} × ${table.columns.length} columns`;
    if (to === 'file') {
      downloadBlob(`${fileBase}.${format}`, text, f.mime);
      setStatus(`Saved ${what} as ${f.name}`);
    } else {
      const ok = await copyText(format === 'csv' ? text.replace(/^\uFEFF/, '') : text);
      setStatus(ok ? `Copied ${what} as ${f.name}` : 'Copy failed: the clipboard is not available');
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
          <button type="button" onClick={() => void run('json', 'file')} data-testid="rt-export-json">
            Download JSON
          </button>
          <button type="button" onClick={() => void run('csv', 'clipboard')} data-testid="rt-copy-csv">
            Copy as CSV
          </button>
          <button type="button" onClick={() => void run('md', 'clipboard')} data-testid="rt-copy-md">
            Copy as Markdown
          </button>
          <p className="muted rt-hint">What is shown: visible columns in order, current filters, sort, region and units; numbers unrounded.</p>
        </div>
      </details>
      <span className="rt-status" role="status" data-testid="rt-export-status">
        {status}
      </span>
    </div>
  );
}
