import { describe, expect, it } from 'vitest';
import { isDateTime } from './date-time.ts';

describe('isDateTime', () => {
  it('accepts RFC 3339 instants the service can store', () => {
    for (const value of [
      '2026-12-10T17:00:00Z',
      '2024-02-29T00:00:00Z',
      '2026-01-01T00:00:00.123456789+14:00',
      '0001-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2026-01-01t00:00:00z',
    ]) {
      expect(isDateTime(value), value).toBe(true);
    }
  });

  it('refuses what JavaScript or PostgreSQL cannot hold, or would silently roll over', () => {
    for (const value of [
      '1969-12-31T23:59:60Z',
      '2024-01-01T00:00:00+25:00',
      '2024-01-01T00:00:00+01:60',
      '2024-02-30T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-13-01T00:00:00Z',
      '2024-00-01T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '0001-01-01T00:00:00+01:00',
      '+275760-09-13T00:00:00.000Z',
      '2024-01-01',
      '2024-01-01 00:00:00Z',
      '2024-01-01T00:00:00',
      '2024-01-01T00:00:00.1234567890Z',
      '',
    ]) {
      expect(isDateTime(value), value).toBe(false);
    }
  });
});
