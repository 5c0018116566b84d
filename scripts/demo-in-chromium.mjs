// For the scripts that look at the demo in Chromium (bench, screenshots): the server's own
// static routes (the demo pre-rendered, dist/; no votes or database) on a random loopback port,
// and one headless Chromium at the tests' path with the tests' flags.
import Fastify from 'fastify';
import puppeteer from 'puppeteer-core';
import {siteRoutes} from '../server/routes/site.mjs';
import {chromiumFlags, testBrowsers} from '../tests/browsers.mjs';

/** @returns {Promise<{origin: string, close: () => Promise<void>}>} */
export async function serveSite(root = process.cwd()) {
  const server = Fastify();
  await server.register(siteRoutes, {root});
  const origin = await server.listen({port: 0, host: '127.0.0.1'});
  return {origin, close: () => server.close()};
}

export const launchChromium = () =>
  puppeteer.launch({executablePath: testBrowsers()[0].path, headless: true, args: chromiumFlags});
