import type { NotificationLine } from '../email/templates/notification-digest.ts';

/**
 * Tidies the document request lines of one email, as they stand when it is sent (`statuses`: each request that
 * still exists):
 * - a client hears nothing more of a request that was deleted, nor a reminder of one that is complete;
 * - one reminder per request, none beside the request's own creation line (which already lists everything);
 * - what one client sent to one item is one line, its files counted once each ("Bank statements (3 files)").
 * Other lines pass unchanged, in their order.
 */
export function mergeRequestLines(lines: readonly NotificationLine[], statuses: ReadonlyMap<string, string>): NotificationLine[] {
  const created = new Set(lines.filter((l) => l.kind === 'request_created').map((l) => l.requestId));
  const lastReminder = new Map(lines.flatMap((l, i) => (l.kind === 'request_reminder' ? [[l.requestId, i] as const] : [])));
  const submissions = new Map<string, { line: NotificationLine; files: Set<string> }>();
  const out: NotificationLine[] = [];
  lines.forEach((line, index) => {
    const status = line.requestId ? statuses.get(line.requestId) : undefined;
    switch (line.kind) {
      case 'request_created':
        if (status !== undefined) out.push(line);
        return;
      case 'request_reminder':
        if (status === 'open' && !created.has(line.requestId) && lastReminder.get(line.requestId) === index) out.push(line);
        return;
      case 'client_submitted': {
        const key = `${line.itemId ?? ''}\u0000${line.actor ?? ''}`;
        const merged = submissions.get(key);
        if (!merged) {
          const copy = { ...line, fileNames: [...(line.fileNames ?? [])] };
          submissions.set(key, { line: copy, files: new Set(line.fileId ? [line.fileId] : []) });
          out.push(copy);
        } else if (!line.fileId || !merged.files.has(line.fileId)) {
          if (line.fileId) merged.files.add(line.fileId);
          merged.line.fileNames = [...(merged.line.fileNames ?? []), ...(line.fileNames ?? [])];
        }
        return;
      }
      default:
        out.push(line);
    }
  });
  return out;
}
