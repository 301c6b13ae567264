import type { AppNotice } from '../shared/ipc/channels/jobs';

/**
 * Messages about the user's data that the UI must show: found at start-up (database moved aside, empty file,
 * KB missing) or later (a background check or a failed read found damage). One per id: a repeated finding
 * replaces its earlier text instead of piling up.
 */
export class NoticeBoard {
  private readonly items = new Map<string, AppNotice>();

  add(n: Omit<AppNotice, 'at'>): AppNotice {
    const full = { ...n, at: new Date().toISOString() };
    this.items.set(n.id, full);
    return full;
  }

  remove(id: string): void {
    this.items.delete(id);
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  list(): AppNotice[] {
    return [...this.items.values()];
  }
}
