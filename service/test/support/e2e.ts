// What the end-to-end tests in service/test/e2e share: screenshots at both widths, a watch for page errors and
// failed requests, a free port for a service that must listen where PUBLIC_URL says, and the emailed code.
import { createServer, type AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { TestSmtp } from './smtp.ts';

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 360, height: 780 };

/** `shots(page, name, ready)` saves the same screen at both widths in `dir`: `<name>-1280.png` and `<name>-360.png`. */
export function screenshots(dir: string) {
  const shot = (page: Page, name: string) => page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
  return async (page: Page, name: string, ready: () => Promise<unknown>): Promise<void> => {
    await page.setViewportSize(DESKTOP);
    await ready();
    await shot(page, `${name}-1280`);
    await page.setViewportSize(PHONE);
    await ready();
    await shot(page, `${name}-360`);
    await page.setViewportSize(DESKTOP);
  };
}

/** Collects an uncaught error, a console error or an unexpected failed request of `page`: expect it empty. */
export function watch(page: Page, allowed: (status: number, path: string) => boolean = () => false): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() >= 400 && !allowed(response.status(), pathname)) {
      problems.push(`${response.status()} ${response.request().method()} ${pathname}`);
    }
  });
  return problems;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The code in the first message to `email` received after the first `seen` messages. */
export async function codeFor(smtp: TestSmtp, email: string, seen: number): Promise<string> {
  const mail = await smtp.waitForMessage((m) => smtp.messages.indexOf(m) >= seen && m.to.includes(email) && /\b\d{6}\b/.test(m.subject));
  return /\b(\d{6})\b/.exec(mail.subject)![1]!;
}
