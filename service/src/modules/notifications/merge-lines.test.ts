import { describe, expect, it } from 'vitest';
import type { NotificationLine } from '../email/templates/notification-digest.ts';
import { mergeRequestLines } from './merge-lines.ts';

const submitted = (fileId: string, fileName: string, itemId = 'rqi_bank', actor = 'Dana'): NotificationLine => ({
  kind: 'client_submitted',
  actor,
  requestId: 'req_1',
  requestTitle: '2026 tax documents',
  itemId,
  itemTitle: itemId,
  fileId,
  fileNames: [fileName],
});

describe('mergeRequestLines', () => {
  it('makes what one client sent to one item one line, each file once, in place of the first', () => {
    const lines = [
      submitted('fil_1', 'jan.pdf'),
      { kind: 'client_commented', fileName: 'x.pdf' } as NotificationLine,
      submitted('fil_2', 'feb.pdf'),
      submitted('fil_2', 'feb.pdf'), // a new version of the same file
      submitted('fil_3', 'id.jpg', 'rqi_id'),
      submitted('fil_4', 'mar.pdf', 'rqi_bank', 'Sam'),
    ];
    const merged = mergeRequestLines(lines, new Map([['req_1', 'open']]));
    expect(merged.map((l) => [l.kind, l.itemId, l.actor, l.fileNames])).toEqual([
      ['client_submitted', 'rqi_bank', 'Dana', ['jan.pdf', 'feb.pdf']],
      ['client_commented', undefined, undefined, undefined],
      ['client_submitted', 'rqi_id', 'Dana', ['id.jpg']],
      ['client_submitted', 'rqi_bank', 'Sam', ['mar.pdf']],
    ]);
    expect(lines[0]!.fileNames).toEqual(['jan.pdf']); // the input is left alone
  });

  it('drops lines of deleted requests, reminders of complete ones, and reminders beside the creation line', () => {
    const created = (requestId: string): NotificationLine => ({ kind: 'request_created', requestId });
    const reminder = (requestId: string, dueAt = '2027-01-01T00:00:00Z'): NotificationLine => ({
      kind: 'request_reminder',
      requestId,
      dueAt,
    });
    const statuses = new Map([
      ['req_open', 'open'],
      ['req_done', 'complete'],
      ['req_new', 'open'],
    ]);
    const merged = mergeRequestLines(
      [
        created('req_gone'),
        reminder('req_gone'),
        reminder('req_done'),
        created('req_new'),
        reminder('req_new'),
        reminder('req_open', 'a'),
        reminder('req_open', 'b'),
      ],
      statuses,
    );
    expect(merged).toEqual([created('req_new'), reminder('req_open', 'b')]);
  });
});
