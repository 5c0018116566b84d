// @ts-check
// The operator's config file (--config server.config.json). Paths in it are relative to the file.
import {randomBytes} from 'node:crypto';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';

/**
 * @typedef {object} Config
 * @property {string[]} allowedOrigins partner origins that may POST votes (the server's own origin always may)
 * @property {string} contentDir folder of content documents (*.json), absolute
 * @property {{perMinute: number}} rateLimit vote POSTs per client hash per minute
 * @property {number} votesPerClientPerDay counted votes per procedure, client hash and day; more are stored flagged
 * @property {string} hashSalt salt of the client-address hash
 * @property {{perMinute: number, timeoutMs: number}} render /render requests per client hash per minute; time allowed for a render's src documents
 * @property {boolean | string | string[]} trustProxy behind a load balancer: whose X-Forwarded-For to believe (Fastify's trustProxy)
 */

const projectRoot = resolve(dirname(new URL(import.meta.url).pathname), '..');

export const defaults = {
  allowedOrigins: [],
  contentDir: join(projectRoot, 'demo', 'content'),
  rateLimit: {perMinute: 30},
  votesPerClientPerDay: 1,
  render: {perMinute: 60, timeoutMs: 3000},
  trustProxy: false,
};

/**
 * @param {{configFile?: string, dataDir: string}} options
 * @returns {Config}
 */
export function loadConfig({configFile, dataDir}) {
  /** @type {Record<string, any>} */
  let file = {};
  if (configFile) {
    try {
      file = JSON.parse(readFileSync(configFile, 'utf8'));
    } catch (error) {
      throw new Error(`${configFile}: ${/** @type {Error} */ (error).message}`, {cause: error});
    }
  }
  const base = configFile ? dirname(resolve(configFile)) : process.cwd();
  const fail = (/** @type {string} */ message) => {
    throw new Error(`${configFile ?? 'config'}: ${message}`);
  };
  const origins = file.allowedOrigins ?? defaults.allowedOrigins;
  if (!Array.isArray(origins)) fail('allowedOrigins: expected a list of origins');
  const allowedOrigins = origins.map((/** @type {unknown} */ origin, /** @type {number} */ i) => {
    const url = typeof origin === 'string' && URL.canParse(origin) ? new URL(origin) : undefined;
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== String(origin).replace(/\/$/, ''))
      fail(`allowedOrigins[${i}]: expected an origin like "https://partner.example"`);
    return /** @type {URL} */ (url).origin;
  });
  const perMinute = file.rateLimit?.perMinute ?? defaults.rateLimit.perMinute;
  if (!Number.isInteger(perMinute) || perMinute < 1) fail('rateLimit.perMinute: expected a whole number ≥ 1');
  const votesPerClientPerDay = file.votesPerClientPerDay ?? defaults.votesPerClientPerDay;
  if (!Number.isInteger(votesPerClientPerDay) || votesPerClientPerDay < 1)
    fail('votesPerClientPerDay: expected a whole number ≥ 1');
  const render = {...defaults.render, ...file.render};
  if (!Number.isInteger(render.perMinute) || render.perMinute < 1)
    fail('render.perMinute: expected a whole number ≥ 1');
  if (!Number.isInteger(render.timeoutMs) || render.timeoutMs < 1 || render.timeoutMs > 30_000)
    fail('render.timeoutMs: expected a whole number of milliseconds, 1 to 30000');
  if (file.hashSalt !== undefined && (typeof file.hashSalt !== 'string' || file.hashSalt.length < 16))
    fail('hashSalt: expected a string of at least 16 characters');
  return {
    allowedOrigins,
    contentDir: file.contentDir ? resolve(base, file.contentDir) : defaults.contentDir,
    rateLimit: {perMinute},
    votesPerClientPerDay,
    render: {perMinute: render.perMinute, timeoutMs: render.timeoutMs},
    hashSalt: file.hashSalt ?? saltIn(dataDir),
    trustProxy: file.trustProxy ?? defaults.trustProxy,
  };
}

/** The salt kept in the data dir, made on first use. */
function saltIn(/** @type {string} */ dataDir) {
  const file = join(dataDir, 'hash-salt');
  if (!existsSync(file)) {
    mkdirSync(dataDir, {recursive: true});
    // 'wx': two instances starting at once must not write two salts.
    try {
      writeFileSync(file, randomBytes(32).toString('hex') + '\n', {flag: 'wx', mode: 0o600});
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
  }
  return readFileSync(file, 'utf8').trim();
}
