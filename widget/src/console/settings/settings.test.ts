import type { Schema } from '@foyer/sdk';
import { expect } from '../../../test/expect.ts';
import {
  callsOf,
  changeScenario,
  consoleScenario,
  consoleScreenshots,
  consoleState,
  mountConsole,
  olive,
  summary,
  user,
  type ConsoleScenario,
} from '../../../test/console-support.ts';
import { button, deepAll, deepQuery, deepText, expectAccessible, waitForText } from '../../../test/support.ts';
import { fakeId } from '../../../test/fake-api/scenario.ts';
import type { FoyerConsole } from '../shell/console.component.ts';
import type { FoyerConsoleCopy } from '../shared/copy-button.component.ts';

function type(el: FoyerConsole, selector: string, value: string): void {
  const input = deepQuery<HTMLInputElement>(el, selector)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function submit(el: FoyerConsole, selector: string): void {
  deepQuery<HTMLInputElement>(el, selector)!.form!.requestSubmit();
}

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

const apiKey = (n: number, name: string): Schema<'ApiKey'> => ({
  id: fakeId('key', 700 + n),
  name,
  prefix: `sk_${String(n).padStart(8, '0')}`,
  created_at: ago(60 * 24 * n),
  last_used_at: n === 1 ? ago(5) : null,
  created_by: n === 1 ? { kind: 'user', id: olive().id, email: 'olive@acme.test' } : null,
});

const endpoint: Schema<'WebhookEndpoint'> = {
  id: fakeId('whe', 1),
  url: 'https://hooks.acme.test/foyer',
  events: ['approval.approved', 'file.uploaded'],
  status: 'enabled',
  disabled_reason: null,
  created_at: ago(3000),
};

const failedDelivery: Schema<'WebhookDelivery'> = {
  id: fakeId('whd', 1),
  event_id: fakeId('evt', 1),
  event_type: 'approval.approved',
  status: 'failed',
  attempts: [
    { attempt: 1, started_at: ago(60), duration_ms: 15000, response_status: null, error: 'timeout', next_retry_at: null },
    { attempt: 2, started_at: ago(55), duration_ms: 120, response_status: 500, error: 'HTTP 500', next_retry_at: null },
  ],
  next_attempt_at: null,
  created_at: ago(60),
};

const okDelivery: Schema<'WebhookDelivery'> = {
  ...failedDelivery,
  id: fakeId('whd', 2),
  event_type: 'file.uploaded',
  status: 'succeeded',
  attempts: [{ attempt: 1, started_at: ago(30), duration_ms: 85, response_status: 200, error: null, next_retry_at: null }],
  created_at: ago(30),
};

/** Each tab's loading, error and (for owners' tabs) forbidden state, checked by axe and screenshot. */
const TABS: [tab: string, operation: keyof NonNullable<ConsoleScenario['failures']>, ready: string][] = [
  ['branding', 'getWorkspace', 'Accent colour'],
  ['origins', 'getWorkspace', 'Website origin'],
  ['notifications', 'getWorkspace', 'No extra addresses.'],
  ['users', 'listUsers', 'Invite someone'],
  ['api-keys', 'listApiKeys', 'No API keys.'],
  ['webhooks', 'listWebhookEndpoints', 'No webhook endpoints.'],
  ['embed', 'getWidgetBuild', 'No portals yet'],
  ['account', 'listUserSessions', 'Sign out of this device'],
];

describe('<foyer-console-settings>', () => {
  for (const [tab, operation, ready] of TABS) {
    it(`should show ${tab} loading, empty or ready, and failed with Try again`, async () => {
      const { key } = await consoleScenario({ delays: { [operation]: 700 } });
      const el = await mountConsole(`/console/settings/${tab}`);
      await waitForText(el, 'Settings');
      await waitForText(el, 'Loading…');
      await expectAccessible(el);
      await consoleScreenshots(`settings-${tab}-loading`);
      await waitForText(el, ready);
      await expectAccessible(el);
      await consoleScreenshots(`settings-${tab}`);
      await changeScenario(key, { delays: {}, failures: { [operation]: 500 } });
      el.remove();
      const again = await mountConsole(`/console/settings/${tab}`);
      await waitForText(again, 'Something went wrong');
      await expectAccessible(again);
      await consoleScreenshots(`settings-${tab}-error`);
      await changeScenario(key, { failures: {} });
      button(again, 'Try again').click();
      await waitForText(again, ready);
    });
  }

  it('should tell a staff user, on an owner’s tab opened by address, that only an owner can do it', async () => {
    await consoleScenario({ users: [user(1, { role: 'staff' }), olive()] });
    for (const [tab, what] of [
      ['users', 'manage users'],
      ['api-keys', 'manage API keys'],
      ['webhooks', 'manage webhooks'],
      ['branding', 'change the branding'],
      ['origins', 'change the allowed websites'],
    ]) {
      document.querySelector('foyer-console')?.remove();
      const el = await mountConsole(`/console/settings/${tab}`);
      await waitForText(el, `Only an owner of the workspace can ${what}`);
      if (tab === 'users') {
        await expectAccessible(el);
        await consoleScreenshots('settings-forbidden');
      }
    }
  });

  it('should show "only an owner" when the service answers 403 owner_role_required', async () => {
    await consoleScenario({ failures: { listApiKeys: 403, listUsers: 403 } });
    let el = await mountConsole('/console/settings/api-keys');
    await waitForText(el, 'Only an owner of the workspace can manage API keys');
    el.remove();
    el = await mountConsole('/console/settings/users');
    await waitForText(el, 'Only an owner of the workspace can manage users');
  });

  it('should preview the branding live and save it; the header follows', async () => {
    const { key } = await consoleScenario({});
    const el = await mountConsole('/console/settings/branding');
    await waitForText(el, 'Accent colour');
    const preview = deepQuery(el, '.preview')!;
    type(el, '#display_name', 'Acme & Partners');
    type(el, '#accent_color', '#7c3aed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(preview.textContent).to.contain('Acme & Partners');
    expect(getComputedStyle(deepQuery(el, '.preview-mark')!).backgroundColor).to.equal('rgb(124, 58, 237)');
    await consoleScreenshots('settings-branding-preview');
    button(el, 'Save changes').click();
    await waitForText(el, 'Saved.');
    const [update] = await callsOf(key, 'updateWorkspace');
    expect(update!.body).to.deep.equal({ branding: { display_name: 'Acme & Partners', logo_url: null, accent_color: '#7c3aed' } });
    expect(deepQuery(el, '.brand')!.textContent).to.contain('Acme & Partners');
    expect(el.style.getPropertyValue('--foyer-brand-accent')).to.equal('#7c3aed');
    type(el, '#accent_color', 'purple');
    button(el, 'Save changes').click();
    await waitForText(el, 'Use a hex colour');
  });

  it('should add and remove allowed websites, refusing what is not an origin', async () => {
    const { key } = await consoleScenario({ workspace: { allowed_origins: ['https://www.acme.test'] } });
    const el = await mountConsole('/console/settings/origins');
    await waitForText(el, 'https://www.acme.test');
    type(el, '#value', 'https://shop.acme.test/path');
    submit(el, '#value');
    await waitForText(el, 'Give an origin');
    type(el, '#value', 'https://shop.acme.test/');
    submit(el, '#value');
    await waitForText(el, 'https://shop.acme.test');
    button(el, 'Remove https://www.acme.test').click();
    await waitForText(el, 'Saved.');
    const updates = await callsOf(key, 'updateWorkspace');
    expect(updates.map((c) => c.body)).to.deep.equal([
      { allowed_origins: ['https://www.acme.test', 'https://shop.acme.test'] },
      { allowed_origins: ['https://shop.acme.test'] },
    ]);
    await expectAccessible(el);
  });

  it('should add and remove notification addresses', async () => {
    const { key } = await consoleScenario({});
    const el = await mountConsole('/console/settings/notifications');
    await waitForText(el, 'No extra addresses.');
    type(el, '#value', 'office@acme.test');
    submit(el, '#value');
    await waitForText(el, 'office@acme.test');
    button(el, 'Remove office@acme.test').click();
    await waitForText(el, 'No extra addresses.');
    expect((await callsOf(key, 'updateWorkspace')).map((c) => c.body)).to.deep.equal([
      { notify_emails: ['office@acme.test'] },
      { notify_emails: [] },
    ]);
  });

  it('should invite users, change roles, remove after confirming, and say plainly that the last owner must stay', async () => {
    const sam = user(1, { name: 'Sam Ortiz', email: 'sam@acme.test', status: 'invited', last_sign_in_at: null });
    const { key } = await consoleScenario({ users: [olive(), sam] });
    const el = await mountConsole('/console/settings/users');
    await waitForText(el, 'Sam Ortiz');
    expect(deepText(el)).to.contain('Olive Owner (you)');
    expect(deepText(el)).to.contain('Invited');
    await expectAccessible(el);
    await consoleScreenshots('settings-users-list');
    // The only owner cannot become staff: the 409 is said plainly and the select shows Owner again.
    const oliveRole = deepQuery<HTMLSelectElement>(el, 'select[aria-label="Role of Olive Owner"]')!;
    oliveRole.value = 'staff';
    oliveRole.dispatchEvent(new Event('change'));
    await waitForText(el, 'A workspace needs at least one owner');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(oliveRole.value).to.equal('owner');
    await consoleScreenshots('settings-users-last-owner');
    // Sam becomes an owner.
    const samRole = deepQuery<HTMLSelectElement>(el, 'select[aria-label="Role of Sam Ortiz"]')!;
    samRole.value = 'owner';
    samRole.dispatchEvent(new Event('change'));
    await waitForText(el, 'Saved.');
    // An address already there, then a new one.
    type(el, '#invite-email', 'sam@acme.test');
    submit(el, '#invite-email');
    await waitForText(el, 'sam@acme.test is already a user of this workspace.');
    type(el, '#invite-email', 'kim@acme.test');
    type(el, '#invite-name', 'Kim Lee');
    submit(el, '#invite-email');
    await waitForText(el, 'Invitation sent to kim@acme.test.');
    // Removing asks first.
    button(el, 'Remove Kim Lee').click();
    await waitForText(el, 'Remove Kim Lee from the workspace?');
    button(el, 'Cancel').click();
    button(el, 'Remove Kim Lee').click();
    deepAll(el, '.confirm button')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(deepText(el)).not.to.contain('Kim Lee');
    const state = await consoleState(key);
    expect(state.users.map((u) => [u.email, u.role])).to.deep.equal([
      ['olive@acme.test', 'owner'],
      ['sam@acme.test', 'owner'],
    ]);
    expect((await callsOf(key, 'inviteUser')).map((c) => c.body)).to.deep.equal([
      { email: 'sam@acme.test', name: null, role: 'staff' },
      { email: 'kim@acme.test', name: 'Kim Lee', role: 'staff' },
    ]);
    expect(await callsOf(key, 'removeUser')).to.have.length(1);
  });

  it('should show a new API key once, with Copy, and revoke a key after confirming', async () => {
    const { key } = await consoleScenario({ apiKeys: [apiKey(1, 'billing sync'), apiKey(2, 'CRM')] });
    const el = await mountConsole('/console/settings/api-keys');
    await waitForText(el, 'billing sync');
    expect(deepText(el)).to.contain('sk_00000001…');
    expect(deepText(el)).to.contain('by olive@acme.test');
    type(el, '#key-name', 'reports');
    submit(el, '#key-name');
    await waitForText(el, 'Your new API key');
    const secret = deepQuery(el, '.secret code')!.textContent;
    expect(secret).to.match(/^sk_[0-9a-z]{32}\.S{43}$/);
    expect(deepQuery<FoyerConsoleCopy>(el, 'foyer-console-copy')!.value).to.equal(secret);
    await expectAccessible(el);
    await consoleScreenshots('settings-api-keys-created');
    button(el, 'Done').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(deepText(el)).not.to.contain(secret);
    expect(deepText(el)).to.contain('reports');
    button(el, 'Revoke CRM').click();
    await waitForText(el, 'Revoke “CRM”?');
    deepAll(el, '.full.alert button')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(deepText(el)).not.to.contain('CRM');
    const [revoke] = await callsOf(key, 'revokeApiKey');
    expect(revoke!.path).to.equal(`/v1/api-keys/${apiKey(2, 'CRM').id}`);
    expect((await callsOf(key, 'createApiKey'))[0]!.body).to.deep.equal({ name: 'reports' });
  });

  it('should show webhook deliveries with each attempt, resend a failed one, and add an endpoint with its secret once', async () => {
    const { key } = await consoleScenario({ webhooks: [{ endpoint, deliveries: [okDelivery, failedDelivery] }] });
    const el = await mountConsole('/console/settings/webhooks');
    await waitForText(el, 'https://hooks.acme.test/foyer');
    button(el, 'Deliveries to https://hooks.acme.test/foyer').click();
    await waitForText(el, 'Attempt 2');
    const text = deepText(el);
    expect(text).to.contain('No response, timeout');
    expect(text).to.contain('HTTP 500');
    expect(text).to.contain('HTTP 200');
    expect(text).to.contain('15000 ms');
    expect(deepAll(el, 'button').filter((b) => b.textContent?.trim() === 'Resend')).to.have.length(1);
    await expectAccessible(el);
    await consoleScreenshots('settings-webhooks-deliveries');
    button(el, `Resend approval.approved ${failedDelivery.id}`).click();
    await waitForText(el, 'Sent again: it is pending.');
    expect(deepText(el)).to.contain('Pending');
    const [resend] = await callsOf(key, 'resendWebhookDelivery');
    expect(resend!.path).to.equal(`/v1/webhook-endpoints/${endpoint.id}/deliveries/${failedDelivery.id}/resend`);
    type(el, '#hook-url', 'https://crm.acme.test/in');
    type(el, '#hook-events', 'approval.approved, file.uploaded');
    submit(el, '#hook-url');
    await waitForText(el, 'Signing secret');
    expect(deepQuery(el, '.secret code')!.textContent).to.match(/^whsec_/);
    expect((await callsOf(key, 'createWebhookEndpoint'))[0]!.body).to.deep.equal({
      url: 'https://crm.acme.test/in',
      events: ['approval.approved', 'file.uploaded'],
    });
    button(el, 'Delete https://crm.acme.test/in').click();
    await waitForText(el, 'and its delivery history?');
    deepAll(el, '.full.alert button')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await callsOf(key, 'deleteWebhookEndpoint')).to.have.length(1);
  });

  it('should give each portal its embed code with the widget build’s integrity', async () => {
    const portals = [summary(1, { portal: { name: '2026 tax return' } }), summary(2)];
    const build = {
      script_url: 'https://portal.acme.test/widget.0123456789abcdef.js',
      integrity: `sha384-${'Q'.repeat(64)}`,
      api_base: 'https://portal.acme.test',
    };
    await consoleScenario({ portals, widget: build });
    const id = portals[0]!.portal.id;
    const el = await mountConsole(`/console/settings/embed?portal=${id}`);
    await waitForText(el, '<foyer-portal');
    const snippet = deepQuery(el, 'pre.code')!.textContent;
    expect(snippet).to.equal(
      `<script type="module" src="${build.script_url}" integrity="${build.integrity}" crossorigin="anonymous"></script>\n` +
        `<foyer-portal portal="${id}" api="${build.api_base}"></foyer-portal>`,
    );
    expect(deepQuery<FoyerConsoleCopy>(el, 'foyer-console-copy')!.value).to.equal(snippet);
    await expectAccessible(el);
    await consoleScreenshots('settings-embed-code');
  });

  it('should set the user’s own notifications, list their devices and sign one out', async () => {
    const sessions: Schema<'UserSession'>[] = [
      {
        id: fakeId('uss', 1),
        current: true,
        user_agent: 'Firefox on Linux',
        ip: '192.0.2.4',
        created_at: ago(600),
        last_used_at: ago(1),
        expires_at: ago(-9000),
      },
      {
        id: fakeId('uss', 2),
        current: false,
        user_agent: 'Safari on iPhone',
        ip: '198.51.100.7',
        created_at: ago(6000),
        last_used_at: ago(300),
        expires_at: ago(-5000),
      },
    ];
    const portals = [summary(1, { portal: { name: '2026 tax return' } }), summary(2, { portal: { name: 'Payroll Q3' } })];
    const { key } = await consoleScenario({ users: [olive()], sessions, portals });
    const el = await mountConsole('/console/settings/account');
    await waitForText(el, 'Safari on iPhone');
    await waitForText(el, 'Payroll Q3');
    expect(deepText(el)).to.contain('This device');
    await expectAccessible(el);
    await consoleScreenshots('settings-account-ready');
    deepQuery<HTMLInputElement>(el, 'input[type=checkbox]:not([disabled])')!.click(); // mute everything
    await waitForText(el, 'Saved.');
    let state = await consoleState(key);
    expect(state.users[0]!.notifications).to.deep.equal({ muted: true, muted_portal_ids: [] });
    deepQuery<HTMLInputElement>(el, 'input[type=checkbox]')!.click(); // on again
    await new Promise((resolve) => setTimeout(resolve, 200));
    const mute = deepAll(el, 'input[type=checkbox]').find((c) =>
      c.parentElement?.textContent?.includes('Mute Payroll Q3'),
    ) as HTMLInputElement;
    mute.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    state = await consoleState(key);
    expect(state.users[0]!.notifications).to.deep.equal({ muted: false, muted_portal_ids: [portals[1]!.portal.id] });
    button(el, 'Sign out Safari on iPhone').click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(deepText(el)).not.to.contain('Safari on iPhone');
    expect((await callsOf(key, 'revokeUserSession'))[0]!.path).to.equal(`/v1/auth/sessions/${sessions[1]!.id}`);
    button(el, 'Sign out of this device').click();
    await waitForText(el, 'You are signed out.');
  });
});
