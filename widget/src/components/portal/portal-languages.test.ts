import { fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { expect } from '../../../test/expect.ts';
import { taxRequest } from '../../../test/requests-support.ts';
import {
  activityEvent,
  approvalRequest,
  comment,
  DANA_ID,
  deepAll,
  deepQuery,
  deepText,
  fakeId,
  remember,
  scenario,
  screenshots,
  waitForText,
  API,
} from '../../../test/support.ts';
import { LANGUAGES } from '../../internal/locale.ts';
import type { FoyerStrings } from '../../strings.ts';
import type { FoyerPortal } from './portal.component.ts';

// <foyer-portal> in every language it has: chosen by `lang`, `<html lang>` or the browser; the first screen
// waits for the pack; dates and sizes through Intl; every screen fits a 320 px phone; Arabic mirrors.

async function mountIn(portalId: string, lang: string, strings: Partial<FoyerStrings> = {}): Promise<FoyerPortal> {
  return fixture<FoyerPortal>(html`<foyer-portal portal=${portalId} api=${API} lang=${lang} .strings=${strings}></foyer-portal>`);
}

const frame = (el: FoyerPortal) => el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;

function name(e: Element): string {
  return `<${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? ` class="${e.className}"` : ''}> “${(e.textContent ?? '').trim().slice(0, 40)}”`;
}

/**
 * What sticks out sideways: the page or the host wider than their box, an element that scrolls sideways, or an
 * element that reaches past the viewport's edges.
 */
function overflows(el: HTMLElement): string[] {
  const width = document.documentElement.clientWidth;
  const bad: string[] = [];
  if (document.documentElement.scrollWidth > width) bad.push(`the page: ${document.documentElement.scrollWidth} > ${width}`);
  if (el.scrollWidth > el.clientWidth) bad.push(`the host: ${el.scrollWidth} > ${el.clientWidth}`);
  for (const e of deepAll(el, '*')) {
    const style = getComputedStyle(e);
    if (style.display === 'none' || style.visibility === 'hidden' || e.closest('.sr-only')) continue;
    if (/auto|scroll/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1)
      bad.push(`${name(e)} scrolls: ${e.scrollWidth} > ${e.clientWidth}`);
    const r = e.getBoundingClientRect();
    if (r.width > 1 && r.height > 1 && (r.right > width + 1 || r.left < -1))
      bad.push(`${name(e)} spans ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
  return bad;
}

async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 120)));
}

async function expectFits(el: HTMLElement, screen: string, shot?: string): Promise<void> {
  await settle();
  if (shot) await executeServerCommand('screenshot', { name: shot });
  expect(overflows(el), `${screen}: overflowing at ${document.documentElement.clientWidth} px`).to.deep.equal([]);
}

/** The portal's whole story, for every screen: a request, files, a file with comments and an approval, activity. */
function everything() {
  return scenario({
    files: [
      { name: 'Return.pdf', versions: 2, size: 1_234_567 },
      { name: 'Engagement letter.pdf', kind: 'owner' },
      { name: 'Statement-January-to-December-2026-all-accounts.pdf', kind: 'member' },
    ],
    requests: [taxRequest()],
    collaboration: {
      approvals: { 'Return.pdf': [approvalRequest()] },
      comments: { 'Return.pdf': [comment(1, 'Is page 2 final?'), comment(2, 'Yes, it is.')] },
      events: [
        activityEvent('approval.requested', { kind: 'owner', id: fakeId('key', 1) }, { name: 'Return.pdf' }),
        activityEvent('file.uploaded', { kind: 'member', id: DANA_ID }, { name: 'Statement.pdf' }),
        activityEvent('session.created', { kind: 'member', id: DANA_ID }, {}),
      ],
    },
  });
}

/** Submits the sign-in card's email form, as a person pressing Enter would. */
function submitEmail(el: FoyerPortal, email: string): void {
  const input = deepQuery<HTMLInputElement>(el, 'input[type=email]')!;
  input.value = email;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.closest('form')!.requestSubmit();
}

describe('<foyer-portal> languages', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(async () => {
    localStorage.clear();
    document.documentElement.lang = htmlLang;
    document.documentElement.removeAttribute('dir');
    delete (navigator as { languages?: unknown }).languages;
    await setViewport({ width: 1280, height: 900 });
  });

  it('should speak German for lang="de-AT", with German sizes, and never show English before it', async () => {
    const { portalId } = await scenario({ files: [{ name: 'Jahresabschluss.pdf', size: 1_234_567 }], delay: 300 });
    remember(portalId);
    const seen: string[] = [];
    const el = document.createElement('foyer-portal');
    el.setAttribute('lang', 'de-AT');
    el.setAttribute('portal', portalId);
    el.setAttribute('api', API);
    document.body.append(el);
    try {
      // Every frame until the files show: the loading line and the portal, in German only.
      await waitUntil(
        () => {
          seen.push(deepText(el));
          return deepText(el).includes('Jahresabschluss.pdf');
        },
        'the German file list',
        { interval: 5, timeout: 8000 },
      );
      expect(seen.join(' ')).to.contain('Wird geladen…');
      expect(seen.join(' ')).not.to.match(/Loading|Files|Sign out|Activity/);
      const text = deepText(el);
      expect(text).to.contain('Dateien');
      expect(text).to.contain('Aktivität');
      expect(text).to.contain('Abmelden');
      expect(text).to.contain(
        new Intl.NumberFormat('de-AT', { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(1.2),
      );
      expect(frame(el).getAttribute('lang')).to.equal('de-AT');
      expect(frame(el).getAttribute('dir')).to.equal('ltr');
    } finally {
      el.remove();
    }
  });

  it('should fall back to English for a key its pack lacks', async () => {
    const { de } = await import('../../locales/de.ts');
    const saved = de.signOut;
    delete de.signOut;
    try {
      const { portalId } = await scenario({ files: [{ name: 'Jahresabschluss.pdf' }] });
      remember(portalId);
      const el = await mountIn(portalId, 'de');
      await waitForText(el, 'Jahresabschluss.pdf');
      expect(deepText(el)).to.contain('Sign out');
      expect(deepText(el)).to.contain('Dateien');
    } finally {
      de.signOut = saved;
    }
  });

  it('should follow the page’s <html lang>, else the browser’s languages, and switch when lang changes', async () => {
    const { portalId } = await scenario({ files: [{ name: 'Contrat.pdf' }] });
    remember(portalId);
    document.documentElement.lang = 'fr-BE';
    const el = document.createElement('foyer-portal');
    el.setAttribute('portal', portalId);
    el.setAttribute('api', API);
    document.body.append(el);
    try {
      await waitForText(el, 'Fichiers');
      expect(deepText(el)).to.contain('Se déconnecter');
      el.setAttribute('lang', 'es');
      await waitForText(el, 'Archivos');
      expect(deepText(el)).to.contain('Cerrar sesión');
    } finally {
      el.remove();
    }

    document.documentElement.lang = '';
    Object.defineProperty(navigator, 'languages', { value: ['pt-BR', 'nl-BE', 'en'], configurable: true });
    const again = document.createElement('foyer-portal');
    again.setAttribute('portal', portalId);
    again.setAttribute('api', API);
    document.body.append(again);
    try {
      await waitForText(again, 'Bestanden');
      expect(frame(again).getAttribute('lang')).to.equal('nl-BE');
    } finally {
      again.remove();
    }
  });

  it('should send its language with the sign-in, so the service writes the emails in it', async () => {
    const { portalId } = await scenario({ files: [] });
    const bodies: unknown[] = [];
    const fetch = window.fetch.bind(window);
    // Watches what the widget sends (the request still goes to the fake API as it is).
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/verifications')) bodies.push(init?.body);
      return fetch(input, init);
    };
    try {
      const el = await mountIn(portalId, 'de-AT');
      await waitForText(el, 'Code senden');
      submitEmail(el, 'dana@client.test');
      await waitForText(el, 'Sehen Sie in Ihr Postfach');
    } finally {
      window.fetch = fetch;
    }
    const sent = await Promise.all(bodies.map((b) => new Response(b as BodyInit).text()));
    expect(sent.map((b) => JSON.parse(b) as unknown)).to.deep.include({ email: 'dana@client.test', locale: 'de-AT' });
  });

  for (const lang of LANGUAGES) {
    it(`should fit every screen on a 320 px phone in ${lang}`, async function () {
      this.timeout(60_000);
      await setViewport({ width: 320, height: 720 });
      const shot = (screen: string) => `locale-${lang}-${screen}-320`;

      // Sign-in, then the code step.
      const signIn = await scenario({ files: [] });
      const out = await mountIn(signIn.portalId, lang);
      await waitUntil(() => deepQuery(out, 'input[type=email]'), 'the sign-in card');
      await expectFits(out, 'sign-in', shot('sign-in'));
      submitEmail(out, 'dana.whitfield@client.test');
      await waitUntil(() => deepQuery(out, 'foyer-code-input')?.shadowRoot?.querySelector('input'), 'the code step');
      await expectFits(out, 'code', shot('code'));
      out.remove();

      // The requests checklist above the files.
      const { portalId } = await everything();
      remember(portalId);
      const el = await mountIn(portalId, lang);
      await waitForText(el, 'Engagement letter.pdf');
      await waitUntil(() => deepAll(el, 'foyer-request-item').length === 4, 'the checklist');
      await expectFits(el, 'files and requests', shot('files'));

      // A file's view: versions, preview, comments, the approval.
      deepAll(el, 'button.file-name')
        .find((b) => b.textContent === 'Return.pdf')!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitForText(el, 'Is page 2 final?');
      await waitUntil(() => deepQuery(el, 'foyer-approval')?.shadowRoot?.querySelector('button.btn'), 'the approval');
      await expectFits(el, 'file view', shot('file-view'));

      // The activity.
      (deepAll(el, 'nav .tab')[1] as HTMLButtonElement).click();
      await waitForText(el, 'Statement.pdf');
      await expectFits(el, 'activity', shot('activity'));
    });
  }

  // A test-only sample of Arabic (no full translation): enough to see the layout mirror with real text.
  const arabic: Partial<FoyerStrings> = {
    loading: 'جارٍ التحميل…',
    signOut: 'تسجيل الخروج',
    signedInAs: (email) => `تم تسجيل الدخول باسم ${email}`,
    files: 'الملفات',
    activity: 'النشاط',
    filterLabel: 'عرض',
    filterAll: 'الكل',
    filterShared: 'مشاركة معك',
    filterMine: 'رفعتها أنت',
    downloadAll: 'تنزيل الكل',
    chooseFiles: 'اختيار ملفات',
    uploadHint: (limit) => `أو اسحبها إلى هنا · حتى ${limit} لكل ملف`,
    requestsTitle: (business) => `ما تحتاجه ${business} منك`,
    requestProgress: (done, total) => `${done} من ${total} مكتمل`,
    required: 'مطلوب',
    optional: 'اختياري',
    back: 'العودة إلى الملفات',
    comments: 'التعليقات',
    approve: 'موافقة',
    requestChanges: 'طلب تعديلات',
    poweredBy: 'بوابة عملاء آمنة',
  };

  it('should mirror for Arabic: dir="rtl", the header and lists read right to left, nothing overflows', async function () {
    this.timeout(30_000);
    const { portalId } = await everything();
    remember(portalId);
    const el = await mountIn(portalId, 'ar', arabic);
    await waitForText(el, 'Engagement letter.pdf');
    await waitUntil(() => deepAll(el, 'foyer-request-item').length === 4, 'the checklist');
    expect(frame(el).getAttribute('dir')).to.equal('rtl');
    expect(deepText(el)).to.contain('الملفات');
    expect(deepText(el)).to.contain('تسجيل الخروج');

    for (const width of [1280, 320]) {
      await setViewport({ width, height: 900 });
      await settle();
      const root = el.shadowRoot!;
      const rect = (e: Element | null | undefined) => e!.getBoundingClientRect();
      // The header: the brand at the right, the account (Sign out) at the left.
      expect(rect(root.querySelector('.brand')).right, `${width}: brand at the right`).to.be.greaterThan(
        rect(root.querySelector('.account')).right,
      );
      // The tabs: Files first, from the right.
      const [files, activity] = deepAll(el, 'nav .tab');
      expect(rect(files).left, `${width}: Files right of Activity`).to.be.greaterThan(rect(activity).left);
      // A file's row: its icon and name at the right, Download at the left.
      const row = deepQuery(el, 'foyer-file-list')!.shadowRoot!.querySelector('li.file')!;
      expect(rect(row.querySelector('.file-icon')).left, `${width}: icon right of download`).to.be.greaterThan(
        rect(row.querySelector('.btn.icon-only')).left,
      );
      expect(getComputedStyle(row).direction).to.equal('rtl');
      // The Sign out arrow points the other way (it points along the line).
      expect(getComputedStyle(deepQuery(el, '.sign-out svg.flip')!).transform).to.match(/^matrix\(-1, /);
      await expectFits(el, `Arabic at ${width}`);
    }
    await screenshots('rtl-ar', 320);
  });

  it('should give what people typed its own direction: an Arabic comment reads right to left in English, English names left to right in Arabic', async function () {
    this.timeout(30_000);
    const arabicComment = 'هل الصفحة 2 نهائية؟ (Return.pdf)';
    const { portalId } = await scenario({
      files: [{ name: 'Return (final).pdf', versions: 2 }],
      requests: [taxRequest()],
      collaboration: { comments: { 'Return (final).pdf': [comment(1, arabicComment), comment(2, 'Yes, page 2 is final.')] } },
    });
    const direction = (e: Element | undefined | null) => getComputedStyle(e!).direction;
    const body = (el: FoyerPortal, text: string) => deepAll(el, '.comment .body').find((p) => p.textContent === text);
    const listed = (el: FoyerPortal) => deepQuery(el, 'foyer-file-list')!.shadowRoot!.querySelector('button.file-name');
    const openFile = async (el: FoyerPortal) => {
      await waitForText(el, 'Return (final).pdf');
      listed(el)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await waitForText(el, 'Yes, page 2 is final.');
    };
    for (const lang of ['en', 'ar']) {
      remember(portalId);
      const el = await mountIn(portalId, lang, lang === 'ar' ? arabic : {});
      const page = lang === 'ar' ? 'rtl' : 'ltr';
      expect(frame(el).getAttribute('dir')).to.equal(page);
      await waitUntil(() => deepAll(el, 'foyer-request-item').length === 4, 'the checklist');
      await waitUntil(() => listed(el), 'the file list');
      // A request's title and its items' titles (English): left to right on either page.
      expect(direction(deepQuery(el, 'foyer-request')!.shadowRoot!.querySelector('h3')), `${lang}: request title`).to.equal('ltr');
      expect(direction(deepQuery(el, 'foyer-request-item')!.shadowRoot!.querySelector('.title')), `${lang}: item title`).to.equal('ltr');
      expect(direction(listed(el)), `${lang}: file name in the list`).to.equal('ltr');
      expect(direction(deepQuery(el, '.who [aria-hidden]')), `${lang}: the email in the header`).to.equal('ltr');
      await openFile(el);
      expect(direction(deepQuery(el, '#file-title')), `${lang}: the file view's title`).to.equal('ltr');
      // The comments: each in its own writing's direction, whichever the page's is; the author's name too.
      expect(direction(body(el, arabicComment)), `${lang}: the Arabic comment`).to.equal('rtl');
      expect(direction(body(el, 'Yes, page 2 is final.')), `${lang}: the English comment`).to.equal('ltr');
      expect(direction(deepQuery(el, '.comment .by strong')), `${lang}: the author`).to.equal('ltr');
      // The Arabic comment's line starts at the right, in the English page too.
      const arabicLine = body(el, arabicComment)!;
      const range = document.createRange();
      range.selectNodeContents(arabicLine);
      const text = range.getBoundingClientRect();
      expect(Math.round(arabicLine.getBoundingClientRect().right - text.right), `${lang}: the Arabic comment hugs the right`).to.be.at.most(
        1,
      );
      await screenshots(`user-text-${lang}`, 320);
      el.remove();
    }
  });
});
