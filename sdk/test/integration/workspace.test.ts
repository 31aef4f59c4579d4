import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthenticationError, Foyer, ValidationError } from '../../src/index.ts';
import { createTestContext, type TestContext, type TestWorkspace } from '../../../service/test/support/context.ts';

let ctx: TestContext;
let acme: TestWorkspace;
let foyer: Foyer;
beforeAll(async () => {
  ctx = await createTestContext();
  acme = await ctx.newWorkspace('Acme');
  foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
});
afterAll(() => ctx.close());

describe('foyer.workspace against a started service', () => {
  it('reads the workspace the key belongs to', async () => {
    const workspace = await foyer.workspace.get();
    expect(workspace).toMatchObject({ id: acme.workspaceId, name: 'Acme', allowed_origins: [] });
  });

  it('updates name, branding and allowed origins, keeping what is left out', async () => {
    const updated = await foyer.workspace.update({
      name: 'Acme Accounting',
      branding: { display_name: 'Acme', accent_color: '#0f766e' },
      allowed_origins: ['https://www.acme.example'],
    });
    expect(updated).toMatchObject({ name: 'Acme Accounting', allowed_origins: ['https://www.acme.example'] });
    expect(updated.branding.accent_color).toBe('#0f766e');
    const renamed = await foyer.workspace.update({ name: 'Acme LLP' });
    expect(renamed.allowed_origins).toEqual(['https://www.acme.example']);
    expect(await foyer.workspace.get()).toEqual(renamed);
  });

  it('rejects a field that breaks the contract with ValidationError naming the field', async () => {
    const error = await foyer.workspace.update({ branding: { accent_color: 'teal' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect((error as ValidationError).details.map((d) => d.path)).toContain('/body/branding/accent_color');
    expect((error as ValidationError).requestId).toBeTruthy();
  });

  it('rejects a missing or unknown key with AuthenticationError', async () => {
    const anonymous = new Foyer({ baseUrl: ctx.baseUrl });
    await expect(anonymous.workspace.get()).rejects.toMatchObject({ name: 'AuthenticationError', status: 401 });
    const wrong = new Foyer({ baseUrl: ctx.baseUrl, apiKey: 'sk_00000000000000000000000000000000.nope' });
    const error = await wrong.workspace.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'invalid_credentials' });
  });
});
