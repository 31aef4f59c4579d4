import { expect } from '../../../test/expect.ts';
import { fakeId } from '../../../test/fake-api/scenario.ts';
import {
  DANA,
  button,
  callsOf,
  deepAll,
  deepQuery,
  deepText,
  expectAccessible,
  changeScenario,
  linksFollowedBy,
  mountPage,
  pageState,
  portalScenario,
  unique,
  type Registered,
  screenshots,
  sleep,
  tabOf,
  waitForText,
} from '../../../test/console-portal-support.ts';

const pdf = (name: string, size = 2048) => new File([new Uint8Array(size).fill(32)], name, { type: 'application/pdf' });

function filesOf(files: File[]): FileList {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer.files;
}

async function openFile(registered: Registered, name: string) {
  const page = await mountPage(registered);
  await waitForText(page, name);
  button(page, `Open ${name}`).click();
  const detail = await waitForElement(page, 'foyer-console-portal-file');
  await waitForText(detail, 'Versions');
  return { page, detail };
}

async function waitForElement(root: Element, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 100; i++) {
    const el = deepQuery(root, selector);
    if (el) return el;
    await sleep(50);
  }
  throw new Error(`${selector} did not appear`);
}

describe('<foyer-console-portal-files>', () => {
  it('should list the files with their status', async () => {
    const registered = await portalScenario({
      members: [DANA],
      files: [
        { name: 'bank-statements-2026.pdf', by: 'member', size: 482_113 },
        { name: '2026 return.pdf', versions: 2, size: 1_204_112 },
        { name: 'engagement-letter.pdf' },
      ],
      approvals: [
        { file: '2026 return.pdf', decisions: ['approve'] },
        { file: 'engagement-letter.pdf', due_at: '2026-01-02T17:00:00.000Z' },
      ],
    });
    const page = await mountPage(registered);
    await waitForText(page, 'bank-statements-2026.pdf');
    const text = deepText(page);
    expect(text).to.contain('by Dana Whitfield');
    expect(text).to.contain('v2');
    expect(text).to.contain('Approved');
    expect(text).to.contain('Overdue');
    await expectAccessible(page);
    await screenshots('files');
  });

  it('should show loading, then the empty state', async () => {
    const registered = await portalScenario({ delays: { listFiles: 1500 } });
    const page = await mountPage(registered);
    await waitForText(page, '2026 tax return');
    await waitForText(await tabOf(page, 'foyer-console-portal-files'), 'Loading…');
    await expectAccessible(page);
    await screenshots('files-loading');
    await waitForText(page, 'No files yet');
    await expectAccessible(page);
    await screenshots('files-empty');
  });

  it('should show an error with Try again when the list does not load', async () => {
    const registered = await portalScenario({ failures: { listFiles: 500 } });
    const page = await mountPage(registered);
    await waitForText(page, 'Something went wrong');
    await expectAccessible(page);
    await screenshots('files-error');
    const before = (await callsOf(registered.key, 'listFiles')).length;
    button(page, 'Try again').click();
    await waitForText(page, 'Something went wrong');
    expect((await callsOf(registered.key, 'listFiles')).length).to.equal(before + 1);
  });

  it('should upload several files with progress each, and Cancel stops that one only', async () => {
    const registered = await portalScenario({ delays: { uploadFile: 4000 } });
    const page = await mountPage(registered);
    await waitForText(page, 'No files yet');
    const picker = deepQuery<HTMLInputElement>(page, '#picker')!;
    picker.files = filesOf([pdf('big.pdf', 8 * 1024 * 1024), pdf('small.pdf', 50_000)]); // 8 MiB: the largest sent in one request
    picker.dispatchEvent(new Event('change'));
    const tab = await tabOf(page, 'foyer-console-portal-files');
    await waitForText(tab, /Uploading… \d+%.*Uploading… \d+%/);
    expect(deepAll(tab, 'progress').map((p) => p.getAttribute('aria-label'))).to.deep.equal(['big.pdf', 'small.pdf']);
    // Cancel at once: the fake answers each upload 4 s after its body, and the checks below can take that long on a
    // busy machine (in CI big.pdf had been stored before the click).
    button(tab, 'Cancel upload of big.pdf').click();
    await waitForText(tab, 'Canceled');
    await expectAccessible(page);
    await screenshots('files-uploading');
    await waitForText(tab, 'Uploaded');
    await waitForText(tab, 'Open small.pdf'.slice(5));
    const state = await pageState(registered);
    expect(state.files.map((f) => f.name)).to.deep.equal(['small.pdf']);
    expect(deepText(tab)).not.to.match(/Open big\.pdf/);
  });

  it('should upload files dropped on the tab', async () => {
    const registered = await portalScenario({});
    const page = await mountPage(registered);
    await waitForText(page, 'No files yet');
    const section = (await tabOf(page, 'foyer-console-portal-files')).shadowRoot!.querySelector('section')!;
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(pdf('one.pdf'));
    dataTransfer.items.add(pdf('two.pdf'));
    section.dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, cancelable: true }));
    await waitForText(page, 'Drop files to upload');
    section.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true }));
    await waitForText(page, 'one.pdf');
    await waitForText(page, 'two.pdf');
    await sleep(300);
    expect((await pageState(registered)).files.map((f) => f.name).sort()).to.deep.equal(['one.pdf', 'two.pdf']);
  });

  it('should show a file with its versions and comments, download a version and rename the file', async () => {
    const fileId = fakeId('fil', unique());
    const registered = await portalScenario({
      members: [DANA],
      files: [{ id: fileId, name: 'return.pdf', versions: 2 }],
      comments: [
        { file: 'return.pdf', body: 'Is page 3 right?', by: 'member' },
        { file: 'return.pdf', body: 'Yes, it includes the April refund.', reply_to: 0 },
      ],
    });
    const { page, detail } = await openFile(registered, 'return.pdf');
    await waitForText(detail, 'Is page 3 right?');
    const text = deepText(detail);
    expect(text).to.contain('Version 2');
    expect(text).to.contain('Version 1');
    expect(text).to.contain('Dana Whitfield');
    expect(text).to.contain('You');
    await expectAccessible(page);
    await screenshots('file');
    button(detail, 'Download version 1').click();
    await sleep(200);
    const downloads = (await pageState(registered)).calls.filter((c) => c.operationId === 'downloadFile');
    expect(downloads.map((c) => [c.path, c.query])).to.deep.equal([[`/v1/files/${fileId}/content`, { version: '1' }]]);
    button(detail, 'Rename').click();
    await sleep(50);
    const input = deepQuery<HTMLInputElement>(detail, '#name')!;
    input.value = 'return (final).pdf';
    button(detail, 'Save').click();
    await waitForText(detail, 'return (final).pdf');
    expect((await pageState(registered)).calls.find((c) => c.operationId === 'updateFile')?.body).to.deep.equal({
      name: 'return (final).pdf',
    });
  });

  it('should upload a new version of the open file', async () => {
    const fileId = fakeId('fil', unique());
    const registered = await portalScenario({ files: [{ id: fileId, name: 'return.pdf' }] });
    const { detail, page } = await openFile(registered, 'return.pdf');
    const picker = deepQuery<HTMLInputElement>(detail, '#version-picker')!;
    picker.files = filesOf([pdf('return-v2.pdf')]);
    picker.dispatchEvent(new Event('change'));
    await waitForText(page, 'Uploaded');
    await waitForText(detail, 'Version 2');
    expect((await pageState(registered)).calls.filter((c) => c.operationId === 'uploadFileVersion').map((c) => c.path)).to.deep.equal([
      `/v1/files/${fileId}/versions`,
    ]);
  });

  it('should delete a file only after confirmation', async () => {
    const registered = await portalScenario({ files: [{ name: 'draft.pdf' }, { name: 'keep.pdf' }] });
    const { page, detail } = await openFile(registered, 'draft.pdf');
    button(detail, 'Delete').focus();
    button(detail, 'Delete').click();
    await waitForText(detail, 'Delete draft.pdf?');
    const dialog = deepQuery<HTMLDialogElement>(detail, 'dialog')!;
    expect(dialog.open).to.equal(true);
    await expectAccessible(page);
    await screenshots('file-delete');
    button(dialog, 'Cancel').click();
    await sleep(100);
    expect(deepQuery(detail, 'dialog')).to.equal(null);
    // Closed the native way: focus is back on the button that opened it.
    expect(detail.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Delete');
    expect((await pageState(registered)).files).to.have.length(2);
    button(detail, 'Delete').click();
    await waitForText(detail, 'Delete draft.pdf?');
    button(deepQuery(detail, 'dialog')!, 'Delete').click();
    await waitForText(page, 'keep.pdf');
    await sleep(200);
    expect(deepText(page)).not.to.contain('draft.pdf');
    expect((await pageState(registered)).files.map((f) => f.name)).to.deep.equal(['keep.pdf']);
  });

  it('should request approval from the chosen approvers, with the rule and the due date', async () => {
    const fileId = fakeId('fil', unique());
    const registered = await portalScenario({
      members: [DANA, { email: 'sam@client.test', name: 'Sam Whitfield' }, { email: 'gone@client.test', status: 'revoked' }],
      files: [{ id: fileId, name: 'return.pdf' }],
    });
    const { page, detail } = await openFile(registered, 'return.pdf');
    button(detail, 'Request approval').click();
    await waitForText(detail, 'Sam Whitfield (sam@client.test)');
    expect(deepText(detail)).not.to.contain('gone@client.test');
    await expectAccessible(page);
    await screenshots('file-request-approval');
    const dialog = deepQuery(detail, 'dialog')!;
    const boxes = deepAll(dialog, 'input[name=approver]') as HTMLInputElement[];
    boxes.find((b) => b.value === registered.memberIds[1])!.click();
    deepQuery<HTMLInputElement>(dialog, 'input[value=all]')!.click();
    deepQuery<HTMLInputElement>(dialog, '#due')!.value = '2026-12-31';
    deepQuery<HTMLTextAreaElement>(dialog, '#message')!.value = 'Please approve your return.';
    button(dialog, 'Send request').click();
    await waitForText(detail, 'Awaiting approval');
    expect(deepQuery(detail, 'dialog')).to.equal(null);
    const call = (await pageState(registered)).calls.find((c) => c.operationId === 'createApprovalRequest');
    expect(call?.path).to.equal(`/v1/files/${fileId}/approval-requests`);
    expect(call?.body).to.deep.equal({
      approvers: [registered.memberIds[0]],
      rule: 'all',
      due_at: new Date(2026, 11, 31, 23, 59).toISOString(),
      message: 'Please approve your return.',
    });
  });

  it('should show what people typed in its own direction: an Arabic comment and file name right to left', async () => {
    const arabicName = 'الإقرار الضريبي.pdf';
    const arabicComment = 'هل الصفحة 3 صحيحة؟';
    const registered = await portalScenario({
      members: [DANA],
      files: [{ name: arabicName }, { name: 'return.pdf' }],
      comments: [
        { file: arabicName, body: arabicComment, by: 'member' },
        { file: arabicName, body: 'Yes, page 3 is right.', by: 'owner' },
      ],
    });
    const { detail } = await openFile(registered, arabicName);
    const direction = (e: Element | null | undefined) => getComputedStyle(e!).direction;
    expect(direction(deepQuery(detail, 'h2.name')), 'the file detail’s title').to.equal('rtl');
    const comments = await waitForElement(detail, 'foyer-console-portal-comments');
    await waitForText(comments, 'Yes, page 3 is right.');
    const body = (text: string) => deepAll(comments, '.body').find((p) => p.textContent === text);
    expect(direction(body(arabicComment)), 'the Arabic comment').to.equal('rtl');
    expect(direction(body('Yes, page 3 is right.')), 'the English comment').to.equal('ltr');
    // The page around them stays left to right.
    expect(direction(detail)).to.equal('ltr');
  });

  it('should reply to a thread and resolve and reopen it', async () => {
    const registered = await portalScenario({
      members: [DANA],
      files: [{ name: 'return.pdf' }],
      comments: [{ file: 'return.pdf', body: 'Is page 3 right?', by: 'member' }],
    });
    const { detail } = await openFile(registered, 'return.pdf');
    const comments = await waitForElement(detail, 'foyer-console-portal-comments');
    await waitForText(comments, 'Is page 3 right?');
    button(comments, 'Reply').click();
    await sleep(50);
    deepQuery<HTMLTextAreaElement>(comments, 'textarea[id^=reply-]')!.value = 'Yes, checked.';
    (deepAll(comments, 'button[type=submit]')[0] as HTMLButtonElement).click();
    await waitForText(comments, 'Yes, checked.');
    button(comments, 'Resolve').click();
    await waitForText(comments, 'Reopen');
    expect(deepText(comments)).to.contain('Resolved');
    button(comments, 'Reopen').click();
    await waitForText(comments, 'Resolve');
    const calls = (await pageState(registered)).calls;
    const create = calls.find((c) => c.operationId === 'createComment')!.body as { parent_id?: string; body: string };
    expect(create.body).to.equal('Yes, checked.');
    expect(create.parent_id).to.match(/^cmt_/);
    expect(calls.filter((c) => c.operationId === 'updateComment').map((c) => c.body)).to.deep.equal([
      { resolved: true },
      { resolved: false },
    ]);
  });

  it('should download all the files, or the ticked ones, as one zip with its progress, and say why it failed', async () => {
    const registered = await portalScenario({
      files: [{ name: 'a.pdf' }, { name: 'b.pdf' }, { name: 'c.pdf' }],
      extra: { archive: { size: 256 * 1024, pace: 400 } },
    });
    const page = await mountPage(registered);
    await waitForText(page, 'c.pdf');
    expect(button(page, 'Download selected (0)').disabled).to.equal(true);
    deepQuery<HTMLInputElement>(page, 'input[aria-label="Select b.pdf"]')!.click();
    await waitForText(page, 'Download selected (1)');
    const [picked] = await linksFollowedBy(async () => {
      button(page, 'Download selected (1)').click();
      await waitForText(page, /Downloading… (25|50)%/);
      expect(button(page, 'Download all').disabled).to.equal(true);
      await screenshots('console-files-download-selected');
    });
    expect(picked!.download).to.equal('2026 tax return.zip');
    expect(await (await fetch(picked!.href)).text()).to.match(/^PK b\.pdf\n/);
    const b = (await pageState(registered)).files.find((f) => f.name === 'b.pdf')!;
    expect((await callsOf(registered.key, 'downloadPortalArchive')).map((c) => c.query.files)).to.deep.equal([b.id]);

    const [all] = await linksFollowedBy(() => button(page, 'Download all').click());
    const names = (await (await fetch(all!.href)).text()).split('\n').slice(0, 3);
    expect(names.map((n) => n.replace('PK ', '')).sort()).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf']);
    expect((await callsOf(registered.key, 'downloadPortalArchive'))[1]!.query.files).to.equal(undefined);

    await changeScenario(registered.key, { failures: { downloadPortalArchive: 404 } });
    button(page, 'Download all').click();
    await waitForText(page, 'The fake was told to answer 404.');
    expect(deepQuery(page, 'foyer-console-portal-files')!.shadowRoot!.querySelector('[role="alert"]')).to.be.instanceOf(Element);
    expect(button(page, 'Download all').disabled).to.equal(false);
    await expectAccessible(page);
  });
});
