import { useEffect, useRef, type ReactNode } from 'react';
import { BINDINGS, type Scope } from './keymap';

const ORDER: Scope[] = ['Anywhere', 'Command palette', 'Search', 'Review', 'Practice', 'Exam'];

/** "?": every shortcut, generated from the keymap the handlers match against. */
export function ShortcutSheet({ onClose }: { onClose: () => void }): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' || e.key === '?') {
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  return (
    <div className="overlay" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()} data-testid="shortcut-sheet">
      <div className="sheet panel" role="dialog" aria-modal="true" aria-labelledby="sheet-h" tabIndex={-1} ref={ref}>
        <div className="qz-row">
          <h2 id="sheet-h">Keyboard shortcuts</h2>
          <span className="qz-spacer" />
          <button type="button" onClick={onClose} aria-label="Close">
            Close <kbd>Esc</kbd>
          </button>
        </div>
        <div className="sheet-cols">
          {ORDER.map((scope) => (
            <section key={scope} data-testid={`sheet-${scope}`}>
              <h3>{scope}</h3>
              <table className="sheet-table">
                <tbody>
                  {BINDINGS.filter((b) => b.scope === scope).map((b) => (
                    <tr key={b.id} data-binding={b.id}>
                      <td className="sheet-keys">
                        {b.keys.map((k, i) => (
                          <span key={k}>
                            {i > 0 && <span className="muted"> / </span>}
                            <kbd>{k}</kbd>
                          </span>
                        ))}
                      </td>
                      <td>{b.does}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
