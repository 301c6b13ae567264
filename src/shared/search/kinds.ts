/** What the search index holds (kept free of zod so the first renderer bundle stays small). */
export const SEARCH_KINDS = ['entry', 'fact', 'dataset-row', 'comparison', 'question', 'note'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
