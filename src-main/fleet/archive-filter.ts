export type ArchiveState = 'active' | 'archived' | 'all';

export function archiveFilter(state: ArchiveState, alias: string): string {
  if (state === 'active') return `${alias}.archived_at IS NULL`;
  if (state === 'archived') return `${alias}.archived_at IS NOT NULL`;
  return '1 = 1';
}

/** Rows of a shared table are never deleted (sync keeps tombstones); archive marks them instead. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
