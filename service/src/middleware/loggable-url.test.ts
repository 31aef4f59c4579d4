import { describe, expect, it } from 'vitest';
import { loggableUrl } from './loggable-url.ts';

describe('loggableUrl', () => {
  it('keeps a URL without a query as it is', () => {
    expect(loggableUrl('/v1/portals/prt_abc/files')).toBe('/v1/portals/prt_abc/files');
    expect(loggableUrl('/healthz?')).toBe('/healthz?');
  });

  it('keeps the values of paging and filter parameters', () => {
    const url = '/v1/events?limit=50&cursor=eyJ0IjoxfQ&type=file.uploaded&actor=mem_x&since=2026-01-01T00%3A00%3A00Z&until=2026-02-01';
    expect(loggableUrl(url)).toBe(url);
    expect(loggableUrl('/v1/portals/p/files?status=active&uploaded_by=owner&version=2')).toBe(
      '/v1/portals/p/files?status=active&uploaded_by=owner&version=2',
    );
    expect(loggableUrl('/dev/mail?format=json')).toBe('/dev/mail?format=json');
  });

  it('redacts the value of every other parameter, the unsubscribe token first', () => {
    expect(loggableUrl('/unsubscribe?t=u1.eyJtIjoibWVtX3gifQ.c2lnbmF0dXJl')).toBe('/unsubscribe?t=REDACTED');
    expect(loggableUrl('/v1/portals?limit=2&api_key=sk_live_secret&token=abc')).toBe('/v1/portals?limit=2&api_key=REDACTED&token=REDACTED');
    expect(loggableUrl('/dev/mail?to=dana%40client.test&limit=5')).toBe('/dev/mail?to=REDACTED&limit=5');
    expect(loggableUrl('/x?t')).toBe('/x?t=REDACTED');
  });

  it('hides a parameter whole when its name does not read as a word (a token pasted as the name)', () => {
    expect(loggableUrl('/v1/me?cs_0123456789abcdefghjkmnpqrstvwxyz.secret')).toBe('/v1/me?REDACTED');
    expect(loggableUrl('/v1/me?%E0%A4%A=1&limit=1')).toBe('/v1/me?REDACTED&limit=1');
    expect(loggableUrl('/v1/me?Limit=9')).toBe('/v1/me?REDACTED');
  });

  it('judges a parameter by its decoded name', () => {
    expect(loggableUrl('/v1/events?%6Cimit=3')).toBe('/v1/events?%6Cimit=3');
    expect(loggableUrl('/v1/events?t%3D=secret')).toBe('/v1/events?REDACTED');
  });
});
