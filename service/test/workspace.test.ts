import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';

let ctx: TestContext;
let ws: TestWorkspace;

beforeAll(async () => {
  ctx = await createTestContext();
  ws = await ctx.newWorkspace('Acme');
});
afterAll(() => ctx.close());

describe('/v1/workspace', () => {
  it("reads the key's workspace", async () => {
    const { data, response } = await ws.client.GET('/v1/workspace');
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      id: ws.workspaceId,
      name: 'Acme',
      branding: { display_name: null, logo_url: null, accent_color: null },
      allowed_origins: [],
    });
    // Its owner is a user (who hears what clients do as one); notify_emails is for extra addresses.
    expect(data!.owner_emails).toHaveLength(1);
    expect(data!.notify_emails).toEqual([]);
  });

  it('updates name, branding, allowed origins and notification emails', async () => {
    const { data, response } = await ws.client.PATCH('/v1/workspace', {
      body: {
        name: 'Acme Accounting',
        branding: { display_name: 'Acme', logo_url: 'https://cdn.acme.example/logo.png', accent_color: '#0F766E' },
        allowed_origins: ['https://www.acme.example', 'http://localhost:5173'],
        notify_emails: ['Desk@Acme.example'],
      },
    });
    expect(response.status).toBe(200);
    expect(data).toMatchObject({
      name: 'Acme Accounting',
      branding: { display_name: 'Acme', logo_url: 'https://cdn.acme.example/logo.png', accent_color: '#0f766e' },
      allowed_origins: ['https://www.acme.example', 'http://localhost:5173'],
      notify_emails: ['desk@acme.example'],
    });
    const partial = await ws.client.PATCH('/v1/workspace', { body: { branding: { accent_color: null } } });
    expect(partial.data!.branding).toEqual({ display_name: 'Acme', logo_url: 'https://cdn.acme.example/logo.png', accent_color: null });
    expect(partial.data!.name).toBe('Acme Accounting');
  });

  it('refuses origins a browser would never send, naming the entry', async () => {
    for (const origin of [
      'https://www.acme.example/',
      'https://www.acme.example/path',
      'https://WWW.acme.example',
      'https://acme.example:443',
      'null',
      'ftp://acme.example',
      '*',
    ]) {
      const res = await ws.client.PATCH('/v1/workspace', { body: { allowed_origins: ['https://ok.example', origin] } });
      expect(res.response.status, origin).toBe(400);
      expect(res.error).toMatchObject({ code: 'validation_failed' });
      expect(JSON.stringify(res.error)).toContain('allowed_origins');
    }
  });

  it('refuses bad branding values', async () => {
    for (const branding of [{ accent_color: 'red' }, { logo_url: 'javascript:alert(1)' }, { display_name: 'x'.repeat(101) }]) {
      const res = await ws.client.PATCH('/v1/workspace', { body: { branding } });
      expect(res.response.status, JSON.stringify(branding)).toBe(400);
    }
  });

  it('shows each key only its own workspace', async () => {
    const other = await ctx.newWorkspace('Other');
    expect((await other.client.GET('/v1/workspace')).data!.id).toBe(other.workspaceId);
    expect((await ws.client.GET('/v1/workspace')).data!.id).toBe(ws.workspaceId);
  });
});
