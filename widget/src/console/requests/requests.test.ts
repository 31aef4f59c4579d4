import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expect } from '../../../test/expect.ts';
import { callsOf, changeScenario, consoleScreenshots, consoleState, mountConsole } from '../../../test/console-support.ts';
import { TAX_DOCUMENTS, daysFromNow, requestsScenario, template } from '../../../test/console-requests-support.ts';
import { button, deepAll, deepQuery, deepText, expectAccessible, waitForText } from '../../../test/support.ts';
import type { FoyerConsole } from '../shell/console.component.ts';

/** Waits for what the fake API answers: a busy machine may take more than waitUntil's second. */
const until = (condition: () => unknown, message = 'the condition did not become true') => waitUntil(condition, message, { timeout: 5000 });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The portal names of the listed requests, in order. */
function rows(el: FoyerConsole): string[] {
  return deepAll(el, 'li > .grow > a.title').map((a) => a.textContent?.trim() ?? '');
}

/** Five portals: one overdue, one due tomorrow with everything sent, one due in ten days, one without a date, one complete. */
const workspace = () =>
  requestsScenario({
    portals: 5,
    requests: () => [
      {
        title: '2026 tax documents',
        due_at: daysFromNow(10),
        items: [{ title: 'Bank statements' }, { title: 'Receipts', files: ['receipts.pdf'] }, { title: 'ID', status: 'accepted' }],
      },
      {
        title: '2026 tax documents',
        due_at: daysFromNow(-3),
        items: [{ title: 'Bank statements', status: 'changes_requested', reason: 'December is missing.' }, { title: 'Receipts' }],
      },
      { title: 'Engagement letter', items: [{ title: 'Signed letter' }] },
      { title: 'Payroll Q3', due_at: daysFromNow(1), items: [{ title: 'Timesheets', files: ['timesheets.pdf'] }] },
      { title: 'Old request', due_at: daysFromNow(-20), items: [{ title: 'Contract', status: 'accepted' }] },
    ],
  });

describe('<foyer-console-requests>', () => {
  it('should list who is missing what, earliest due (overdue) first, with how many portals wait', async () => {
    const { key } = await workspace();
    const el = await mountConsole('/console/requests');
    await waitForText(el, '4 portals still waiting');
    // Portal 5's request is complete: not listed. No due date comes last.
    expect(rows(el)).to.deep.equal(['Portal 2', 'Portal 4', 'Portal 1', 'Portal 3']);
    const [overdue, review, open, undated] = deepAll(el, 'ul.list > li');
    expect(deepText(overdue!)).to.match(
      /Portal 2 2026 tax documents Due .+ · 3 days overdue 0 of 2 done Missing: Bank statements, Receipts/,
    );
    expect(overdue!.querySelector('.due')!.classList.contains('overdue')).to.equal(true);
    expect(getComputedStyle(overdue!.querySelector('.due')!).color).to.equal('rgb(180, 35, 24)');
    expect(deepText(review!)).to.match(/Portal 4 Payroll Q3 Due .+ 1 of 1 done To review: Timesheets/);
    expect(review!.querySelector('.due')!.classList.contains('overdue')).to.equal(false);
    expect(deepText(open!)).to.contain('2 of 3 done Missing: Bank statements · To review: Receipts');
    expect(deepText(undated!)).to.contain('No due date');
    const [call] = await callsOf(key, 'listRequests');
    expect(call!.query).to.include({ status: 'open', sort: 'due_at' });
    expect(deepQuery(el, 'nav a[href="/console/requests"]')!.getAttribute('aria-current')).to.equal('page');
    await expectAccessible(el);
    await consoleScreenshots('requests-waiting');
  });

  it('should filter waiting on the client or to review, and sort newest first, keeping both in the address', async () => {
    const { key } = await workspace();
    const el = await mountConsole('/console/requests');
    await waitForText(el, '4 portals still waiting');
    button(el, 'To review').click();
    await waitForText(el, '2 portals with documents to review');
    expect(rows(el)).to.deep.equal(['Portal 4', 'Portal 1']);
    expect(button(el, 'To review').getAttribute('aria-pressed')).to.equal('true');
    button(el, 'Waiting on client').click();
    await waitForText(el, '3 portals still waiting');
    expect(rows(el)).to.deep.equal(['Portal 2', 'Portal 1', 'Portal 3']);
    const sort = deepQuery<HTMLSelectElement>(el, 'select')!;
    sort.value = '-created_at';
    sort.dispatchEvent(new Event('change'));
    await until(async () => (await callsOf(key, 'listRequests')).length === 4);
    expect((await callsOf(key, 'listRequests')).map((c) => [c.query.waiting, c.query.sort])).to.deep.equal([
      [undefined, 'due_at'],
      ['us', 'due_at'],
      ['client', 'due_at'],
      ['client', '-created_at'],
    ]);
    expect(location.search).to.equal('?waiting=client&sort=-created_at');
  });

  it('should start from the filter in the address, and be usable by keyboard', async () => {
    const { key } = await workspace();
    const el = await mountConsole('/console/requests?waiting=us');
    await waitForText(el, '2 portals with documents to review');
    expect((await callsOf(key, 'listRequests'))[0]!.query.waiting).to.equal('us');
    button(el, 'All open').focus();
    await sendKeys({ press: 'Enter' });
    await waitForText(el, '4 portals still waiting');
    expect(location.search).to.equal('');
  });

  it("should open a portal's Requests tab from its row", async () => {
    const { portals } = await workspace();
    const el = await mountConsole('/console/requests');
    await waitForText(el, '4 portals still waiting');
    deepQuery<HTMLAnchorElement>(el, `a[href="/console/portals/${portals[1]!.id}?tab=requests"]`)!.click();
    await until(() => deepQuery(el, 'foyer-console-portal-requests'), 'the Requests tab did not open');
    expect(location.pathname + location.search).to.equal(`/console/portals/${portals[1]!.id}?tab=requests`);
    await waitForText(el, 'Sent back: December is missing.');
  });

  it('should say when nobody is missing anything, and show loading and error states', async () => {
    await requestsScenario({ portals: 1, delays: { listRequests: 800 } });
    let el = await mountConsole('/console/requests');
    await waitForText(el, 'Loading…');
    await expectAccessible(el);
    await waitForText(el, 'Nobody is missing anything');
    await expectAccessible(el);
    await consoleScreenshots('requests-empty');
    const { key } = await requestsScenario({ portals: 1, failures: { listRequests: 500 } });
    el = await mountConsole('/console/requests');
    await waitForText(el, 'Something went wrong');
    await expectAccessible(el);
    await changeScenario(key, { failures: {} });
    button(el, 'Try again').click();
    await waitForText(el, 'Nobody is missing anything');
  });
});

describe('<foyer-console-requests templates>', () => {
  /** The editor dialog's first `n` items' titles, as typed. */
  const titles = (el: Element) => deepAll(el, 'dialog fieldset.doc input[name=title]').map((i) => (i as HTMLInputElement).value);

  function type(input: Element | null, value: string): void {
    (input as HTMLInputElement).value = value;
    input!.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }

  it('should create a template: name, message, and items with their files and types', async () => {
    const { key } = await requestsScenario({});
    const el = await mountConsole('/console/requests/templates');
    await waitForText(el, 'No templates yet');
    await expectAccessible(el);
    button(el, 'New template').click();
    await waitForText(el, 'Document 1');
    const dialog = deepQuery(el, 'dialog')!;
    type(dialog.querySelector('[name=name]'), '2026 tax documents');
    type(dialog.querySelector('[name=message]'), 'Please send these by March.');
    type(dialog.querySelector('[name=title]'), 'Bank statements');
    (dialog.querySelector('[name=multiple]') as HTMLInputElement).click();
    (dialog.querySelector('[name=types][value=pdf]') as HTMLInputElement).click();
    button(dialog, 'Add a document').click();
    await waitForText(dialog, 'Document 2');
    const second = dialog.querySelectorAll('fieldset.doc')[1]!;
    type(second.querySelector('[name=title]'), 'ID');
    type(second.querySelector('[name=description]'), 'Passport or driving licence');
    (second.querySelector('[name=required]') as HTMLInputElement).click();
    (second.querySelector('[name=types][value=images]') as HTMLInputElement).click();
    (second.querySelector('[name=types][value=office]') as HTMLInputElement).click();
    type(second.querySelector('[name=other]'), 'Text/CSV, application/zip');
    // The first item kept what was typed when the second was added.
    expect(titles(el)).to.deep.equal(['Bank statements', 'ID']);
    await expectAccessible(el);
    await consoleScreenshots('requests-template-editor');
    button(dialog, 'Save template').click();
    await waitForText(el, '2 items · Bank statements, ID');
    expect(deepQuery(el, 'dialog')).to.equal(null);
    const [call] = await callsOf(key, 'createRequestTemplate');
    expect(call!.body).to.deep.equal({
      name: '2026 tax documents',
      message: 'Please send these by March.',
      items: [
        { title: 'Bank statements', description: null, required: true, multiple: true, allowed_types: ['application/pdf'] },
        {
          title: 'ID',
          description: 'Passport or driving licence',
          required: false,
          multiple: false,
          allowed_types: [
            'image/*',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'application/msword',
            'application/vnd.ms-excel',
            'application/x-cfb',
            'text/csv',
            'application/zip',
          ],
        },
      ],
    });
  });

  it('should not save a template without a name or an item title', async () => {
    const { key } = await requestsScenario({});
    const el = await mountConsole('/console/requests/templates');
    await waitForText(el, 'No templates yet');
    button(el, 'New template').click();
    await waitForText(el, 'Document 1');
    button(deepQuery(el, 'dialog')!, 'Save template').click();
    await sleep(200);
    expect(await callsOf(key, 'createRequestTemplate')).to.have.length(0);
    expect(deepQuery<HTMLInputElement>(el, 'dialog [name=name]')!.validity.valueMissing).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await until(() => !deepQuery(el, 'dialog'), 'Esc did not close the editor');
  });

  it('should edit a template, each item keeping its own fields when one is removed', async () => {
    const { key } = await requestsScenario({ templates: [TAX_DOCUMENTS] });
    const el = await mountConsole('/console/requests/templates');
    await waitForText(el, '4 items · Bank statements, Receipts, Last year’s return, ID');
    button(el, 'Edit: 2026 tax documents').click();
    await waitForText(el, 'Edit: 2026 tax documents');
    const dialog = deepQuery(el, 'dialog')!;
    expect(titles(el)).to.deep.equal(['Bank statements', 'Receipts', 'Last year’s return', 'ID']);
    const id = dialog.querySelectorAll('fieldset.doc')[3]!;
    expect((id.querySelector('[name=required]') as HTMLInputElement).checked).to.equal(false);
    expect((id.querySelector('[name=types][value=pdf]') as HTMLInputElement).checked).to.equal(true);
    expect((id.querySelector('[name=types][value=images]') as HTMLInputElement).checked).to.equal(true);
    type(dialog.querySelector('fieldset.doc [name=description]'), 'Every account, January to December');
    button(dialog, 'Remove document 2').click();
    await until(() => titles(el).length === 3);
    expect(titles(el)).to.deep.equal(['Bank statements', 'Last year’s return', 'ID']);
    expect((dialog.querySelector('fieldset.doc [name=description]') as HTMLInputElement).value).to.equal(
      'Every account, January to December',
    );
    type(dialog.querySelector('[name=name]'), '2027 tax documents');
    button(dialog, 'Save template').click();
    await waitForText(el, '2027 tax documents');
    const [call] = await callsOf(key, 'updateRequestTemplate');
    const body = call!.body as {
      name: string;
      items: { title: string; description: string | null; multiple: boolean; allowed_types: string[] }[];
    };
    expect(body.name).to.equal('2027 tax documents');
    expect(body.items.map((i) => [i.title, i.multiple, i.allowed_types])).to.deep.equal([
      ['Bank statements', true, []],
      ['Last year’s return', false, ['application/pdf']],
      ['ID', false, ['application/pdf', 'image/*']],
    ]);
    expect(body.items[0]!.description).to.equal('Every account, January to December');
  });

  it('should delete a template only after confirmation', async () => {
    const { key } = await requestsScenario({ templates: [TAX_DOCUMENTS, template('Engagement', ['Signed letter'])] });
    const el = await mountConsole('/console/requests/templates');
    await waitForText(el, 'Engagement');
    await expectAccessible(el);
    await consoleScreenshots('requests-templates');
    button(el, 'Delete: Engagement').click();
    await waitForText(el, 'Delete “Engagement”? Requests made from it stay.');
    button(el, 'Cancel').click();
    await sleep(100);
    expect(deepText(el)).not.to.contain('Requests made from it stay');
    button(el, 'Delete: Engagement').click();
    await waitForText(el, 'Requests made from it stay');
    button(deepQuery(el, 'div[role=alert]')!, 'Delete').click();
    await until(() => !deepText(el).includes('Engagement'), 'the template stayed');
    expect((await consoleState(key)).extra.templates).to.have.length(1);
  });

  it('should apply a template to many portals, then show each result and the counts', async () => {
    const { key, portals } = await requestsScenario({
      portals: 6,
      templates: [TAX_DOCUMENTS],
      // Portal 3 already has its open request from the template.
      requests: () => [{ title: '2026 tax documents', template_id: TAX_DOCUMENTS.id, items: [{ title: 'Bank statements' }] }],
      on: [2],
    });
    const el = await mountConsole('/console/requests/templates');
    await waitForText(el, '2026 tax documents');
    button(el, 'Apply to portals: 2026 tax documents').click();
    await waitForText(el, 'Select all (6)');
    const dialog = deepQuery(el, 'dialog')!;
    // Nothing chosen yet.
    button(dialog, 'Apply to 0 portals').click();
    await waitForText(dialog, 'Choose at least one portal.');
    // Search, select what is shown, then everything but Portal 6.
    type(dialog.querySelector('input[type=search]'), 'portal 1');
    await waitForText(dialog, 'Select all (1)');
    (dialog.querySelector('.check input') as HTMLInputElement).click();
    await waitForText(dialog, 'Apply to 1 portal');
    expect(deepText(dialog)).not.to.contain('Choose at least one portal.');
    type(dialog.querySelector('input[type=search]'), '');
    await waitForText(dialog, 'Select all (6)');
    const all = dialog.querySelector<HTMLInputElement>('.check input')!;
    expect(all.indeterminate).to.equal(true);
    all.click();
    await waitForText(dialog, 'Apply to 6 portals');
    (dialog.querySelectorAll('.picker input')[5] as HTMLInputElement).click();
    await waitForText(dialog, 'Apply to 5 portals');
    type(dialog.querySelector('[name=due]'), '2027-03-15');
    type(dialog.querySelector('[name=message]'), 'Before the 15th, please.');
    await expectAccessible(el);
    await consoleScreenshots('requests-apply');
    // Portal 2 is archived meanwhile: it fails, the others do not.
    const ws = await consoleState(key);
    ws.portals[1]!.portal.status = 'archived';
    await changeScenario(key, { portals: ws.portals });
    button(dialog, 'Apply to 5 portals').click();
    await waitForText(dialog, '3 created · 1 already had it · 1 failed');
    const results = [...dialog.querySelectorAll('.picker li')].map((li) => deepText(li).trim());
    expect(results).to.deep.equal([
      'Portal 2 Failed The portal is archived.',
      'Portal 1 Created',
      'Portal 3 Already had it',
      'Portal 4 Created',
      'Portal 5 Created',
    ]);
    const [call] = await callsOf(key, 'applyRequestTemplate');
    expect(call!.body).to.deep.equal({
      portal_ids: [portals[0]!.id, portals[1]!.id, portals[2]!.id, portals[3]!.id, portals[4]!.id],
      due_at: new Date(2027, 2, 15, 23, 59).toISOString(),
      message: 'Before the 15th, please.',
    });
    await expectAccessible(el);
    await consoleScreenshots('requests-apply-results');
    button(dialog, 'Close').click();
    await until(() => !deepQuery(el, 'dialog'), 'the dialog stayed open');
  });
});
