/**
 * Keeps the related documents that are published and populated. Public readers never receive
 * others (lib/access/hideUnreadableRelations); staff do, and the site shows them what the
 * public sees.
 */
export const published = <T extends { _status?: string | null }>(values: (string | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null && value._status === 'published')

export const publishedOne = <T extends { _status?: string | null }>(value: string | T | null | undefined): T | null =>
  published(value ? [value] : [])[0] ?? null
