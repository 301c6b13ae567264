import { useState, type ReactNode } from 'react';
import type { SavedView } from '../../../shared/table/viewState';

interface Props {
  views: SavedView[];
  active: string | null;
  onApply: (v: SavedView) => void;
  onSave: (name: string) => void;
  onDelete: (name: string) => void;
}

/** Named views (columns, sort, filters, region, units): pick one to restore it, or save the current state. */
export function ViewsMenu({ views, active, onApply, onSave, onDelete }: Props): ReactNode {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const trimmed = name.trim();
  const exists = views.some((v) => v.name === trimmed);

  return (
    <div className="rt-views">
      <select
        aria-label="Saved views"
        value={active ?? ''}
        onChange={(e) => {
          const v = views.find((x) => x.name === e.target.value);
          if (v) onApply(v);
        }}
        data-testid="rt-views"
      >
        <option value="">{views.length ? 'Saved views…' : 'No saved views'}</option>
        {views.map((v) => (
          <option key={v.name} value={v.name}>
            {v.name}
          </option>
        ))}
      </select>
      {active && (
        <button type="button" onClick={() => onDelete(active)} title={`Delete the view "${active}"`} data-testid="rt-view-delete">
          Delete
        </button>
      )}
      {naming ? (
        <form
          className="rt-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!trimmed) return;
            onSave(trimmed.slice(0, 60));
            setNaming(false);
            setName('');
          }}
        >
          <input
            autoFocus
            value={name}
            maxLength={60}
            placeholder="View name"
            aria-label="View name"
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setNaming(false)}
            data-testid="rt-view-name"
          />
          <button type="submit" className="primary" disabled={!trimmed} data-testid="rt-view-save">
            {exists ? 'Replace' : 'Save'}
          </button>
          <button type="button" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setNaming(true)} data-testid="rt-view-new">
          Save view…
        </button>
      )}
    </div>
  );
}
