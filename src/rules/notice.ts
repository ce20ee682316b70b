/**
 * Warnings and notes as data: a stable code and its parameters, never a sentence. The element and
 * the CLI turn them into words in the reader's language.
 */
export type NoticeLevel = 'info' | 'warning' | 'risk';

export interface Notice {
  code: string;
  level: NoticeLevel;
  params: Record<string, string | number>;
}

/** Adds a notice unless one with the same code is already there (one per code and month). */
export function addNotice(list: Notice[], notice: Notice): void {
  if (!list.some((n) => n.code === notice.code)) list.push(notice);
}
