// The start-up every journey file shares: the app on a fresh database (with an admin when one is
// given) and Chromium, both closed after the file's journeys.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';
import { launchBrowser } from './browser';

export interface Journey {
  readonly server: TestServer;
  readonly browser: Browser;
}

export function journeyFixture(admin?: { email: string; password: string; name: string }): Journey {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    if (admin !== undefined) await server.createAdmin(admin.email, admin.password, admin.name);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The journey fixture has not started yet');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
