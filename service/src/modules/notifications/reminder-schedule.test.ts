import { describe, expect, it } from 'vitest';
import type { RequestReminderSettings } from '../../config.ts';
import { lastReminderInstant, nextReminderInstant, nextVisit, reminderDue, visitMayAct, type ReminderState } from './reminder-schedule.ts';

const DAY = 24 * 3600_000;
const settings: RequestReminderSettings = { beforeSeconds: 3 * 86_400, overdueEverySeconds: 7 * 86_400, max: 4 };
const due = new Date('2027-03-15T17:00:00Z');
const at = (offsetMs: number) => new Date(due.getTime() + offsetMs);

/**
 * The reminder job's visits, as request-reminders.ts makes them, with required items waiting throughout:
 * the request changes at `createdAt` (the hook plans a visit then), and the job visits whenever planned.
 */
function simulate(createdAt: Date, s: RequestReminderSettings = settings, until = at(400 * DAY)) {
  const state: ReminderState = { status: 'open', dueAt: due, remindersSent: 0, overdueRecordedAt: null };
  const sent: Date[] = [];
  const overdue: Date[] = [];
  let planned: Date | null = createdAt;
  while (planned && planned <= until) {
    const now = planned;
    if (!visitMayAct(state, planned, now, s)) {
      planned = nextVisit(state, now, s);
      continue;
    }
    if (!state.overdueRecordedAt && due <= now) {
      state.overdueRecordedAt = now;
      overdue.push(now);
    }
    if (reminderDue(state, planned, now, s)) {
      state.remindersSent++;
      sent.push(now);
    }
    planned = nextVisit(state, now, s);
  }
  return {
    sent: sent.map((d) => (d.getTime() - due.getTime()) / DAY),
    overdue: overdue.map((d) => (d.getTime() - due.getTime()) / DAY),
    planned,
  };
}

describe('document request reminder schedule', () => {
  it('has instants at due − before, due, then every overdue interval', () => {
    expect(lastReminderInstant(due, at(-3 * DAY - 1), settings)).toBeUndefined();
    expect(lastReminderInstant(due, at(-3 * DAY), settings)).toEqual(at(-3 * DAY));
    expect(lastReminderInstant(due, at(-1), settings)).toEqual(at(-3 * DAY));
    expect(lastReminderInstant(due, due, settings)).toEqual(due);
    expect(lastReminderInstant(due, at(7 * DAY - 1), settings)).toEqual(due);
    expect(lastReminderInstant(due, at(15 * DAY), settings)).toEqual(at(14 * DAY));
    expect(nextReminderInstant(due, at(-10 * DAY), settings)).toEqual(at(-3 * DAY));
    expect(nextReminderInstant(due, at(-3 * DAY), settings)).toEqual(due);
    expect(nextReminderInstant(due, due, settings)).toEqual(at(7 * DAY));
    expect(nextReminderInstant(due, at(8 * DAY), settings)).toEqual(at(14 * DAY));
  });

  it('reminds 3 days before, on the due date, then weekly, 4 times in all, and records overdue once', () => {
    expect(simulate(at(-10 * DAY))).toEqual({ sent: [-3, 0, 7, 14], overdue: [0], planned: null });
  });

  it('skips the early reminder of a request made within the lead time: its creation email says it all', () => {
    expect(simulate(at(-1 * DAY)).sent).toEqual([0, 7, 14, 21]);
  });

  it('sends nothing on a visit the request’s own change planned', () => {
    const state: ReminderState = { status: 'open', dueAt: due, remindersSent: 0, overdueRecordedAt: null };
    expect(reminderDue(state, at(-2 * DAY), at(-2 * DAY), settings)).toBe(false);
    expect(visitMayAct(state, at(-2 * DAY), at(-2 * DAY), settings)).toBe(false);
    // Past the due date, the visit a change planned records overdue if that is still to do.
    expect(visitMayAct(state, at(2 * DAY), at(2 * DAY), settings)).toBe(true);
    expect(visitMayAct({ ...state, overdueRecordedAt: due }, at(2 * DAY), at(2 * DAY), settings)).toBe(false);
    // The visit planned for the early reminder, run late (after a change kept its time), still sends it.
    expect(reminderDue(state, at(-3 * DAY), at(-2 * DAY), settings)).toBe(true);
  });

  it('plans nothing for a complete request or one without a due date, and stops after the last reminder', () => {
    const open: ReminderState = { status: 'open', dueAt: due, remindersSent: 0, overdueRecordedAt: null };
    expect(nextVisit({ ...open, status: 'complete' }, at(-10 * DAY), settings)).toBeNull();
    expect(nextVisit({ ...open, dueAt: null }, at(-10 * DAY), settings)).toBeNull();
    expect(reminderDue({ ...open, status: 'complete' }, at(-3 * DAY), at(-3 * DAY), settings)).toBe(false);
    expect(reminderDue({ ...open, remindersSent: 4 }, at(7 * DAY), at(7 * DAY), settings)).toBe(false);
    expect(nextVisit({ ...open, remindersSent: 4, overdueRecordedAt: due }, at(7 * DAY), settings)).toBeNull();
  });

  it('still visits on the due date to record overdue when no reminder is left', () => {
    expect(simulate(at(-10 * DAY), { ...settings, max: 1 })).toEqual({ sent: [-3], overdue: [0], planned: null });
    expect(simulate(at(-10 * DAY), { ...settings, max: 0 })).toEqual({ sent: [], overdue: [0], planned: null });
  });

  it('works in seconds as well as days (the tests’ shortened lead times)', () => {
    const short = { beforeSeconds: 2, overdueEverySeconds: 2, max: 4 };
    const visits = simulate(at(-5_000), short);
    expect(visits.sent.map((d) => Math.round(d * DAY))).toEqual([-2_000, 0, 2_000, 4_000]);
  });
});
