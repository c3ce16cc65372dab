import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where Chromium is: CHROMIUM_PATH, else Debian's or another usual place (`.ci/run` installs Debian's). */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((p): p is string => p !== undefined && p !== '');
  const found = candidates.find((p) => existsSync(p));
  if (found === undefined) {
    throw new Error(
      'no Chromium for the browser tests: `apt-get install -y chromium` (.ci/run does it) or set CHROMIUM_PATH',
    );
  }
  return found;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
}

/** What went wrong on a page: console errors, uncaught errors, failed requests, requests for anything but the page. */
export interface PageProblems {
  errors: string[];
  requests: string[];
}

/** Opens `url` in a new page and records its problems from the first request on. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1100, height: 900 },
): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport });
  const problems: PageProblems = { errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`page: ${error.message}`));
  page.on('requestfailed', (request) => problems.errors.push(`failed: ${request.url()}`));
  page.on('request', (request) => problems.requests.push(request.url()));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, problems };
}
