import type { SkpIssue } from '@shared/domain';

/** The DOM id of the field an SkpIssue path points at ('rhk.0.iki.1.target' → 'skp-field-rhk-0-iki-1-target'). */
export function fieldId(path: string): string {
  return `skp-field-${path.replace(/\./g, '-')}`;
}

/** Focuses the field of an issue, or the nearest enclosing one that exists ('rhk.0.iki.1' → 'rhk.0'). */
export function focusField(path: string): void {
  const parts = path.split('.');
  while (parts.length > 0) {
    const el = document.getElementById(fieldId(parts.join('.')));
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
      return;
    }
    parts.pop();
  }
}

/** The messages of the issues at exactly this path, as one text for the field's error slot. */
export function messagesAt(issues: readonly SkpIssue[], path: string): string | undefined {
  const found = issues.filter((i) => i.path === path).map((i) => i.message);
  return found.length > 0 ? found.join(' ') : undefined;
}
