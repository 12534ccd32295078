#!/usr/bin/env node
// Makes sure the e2e suite has a Chromium to drive, before `npm test` runs Playwright.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, Playwright's own browser. If none is found and we
// are root on a Debian-like machine, install Debian's `chromium` with apt (npx playwright install cannot
// download browsers on machines without general internet access). Otherwise explain what to do.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
const found = candidates.find((p) => existsSync(p)) ?? playwrightBrowser();
if (found) {
  console.log(`e2e browser: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian package "chromium" with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  'No Chromium for the e2e tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
    'or set CHROMIUM_PATH to a Chromium/Chrome binary, or run `npx playwright install chromium`.',
);
process.exit(1);
