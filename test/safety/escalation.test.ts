import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import {
  createEscalator,
  EscalationConfigError,
  pseudonymousUser,
} from '../../src/safety/escalation.ts';

const SECRET_WORDS = 'I took all the pills in the cabinet';
const SALT = 'test-salt-0123456789';

interface Received {
  path: string;
  body: Record<string, unknown>;
}

let server: Server;
let base: string;
let received: Received[];
let respond: (req: IncomingMessage, res: ServerResponse) => void;

beforeEach(async () => {
  received = [];
  respond = (_req, res) => res.writeHead(200).end('ok');
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: JSON.parse(data) as Record<string, unknown> });
      respond(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A real pino logger whose lines are kept, so tests can check nothing sensitive is logged. */
function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const request = { category: 'suicide', level: 'imminent', channel: 'telegram', userKey: 'telegram:4242', text: SECRET_WORDS };

describe('escalation to a webhook', () => {
  it('posts category, level, channel, a pseudonymous user and a time — and no text by default', async () => {
    const { logger, lines } = capturingLogger();
    const escalator = createEscalator({ webhookUrl: `${base}/hook`, salt: SALT, logger });
    expect(escalator.enabled).toBe(true);
    const results = await escalator.escalate({ ...request, consentToShare: true });
    expect(results).toEqual([{ target: 'webhook', ok: true, status: 200 }]);
    expect(received).toHaveLength(1);
    const body = received[0]!.body;
    expect(Object.keys(body).sort()).toEqual(['at', 'category', 'channel', 'level', 'user', 'whose']);
    expect(body).toMatchObject({ category: 'suicide', level: 'imminent', whose: 'own', channel: 'telegram' });
    expect(body.user).toBe(pseudonymousUser('telegram:4242', SALT));
    expect(body.user).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(body)).not.toContain('4242');
    expect(new Date(body.at as string).getTime()).toBeGreaterThan(0);
    expect(lines.join('')).toContain('"evt":"escalation"');
    expect(lines.join('')).not.toContain('pills');
  });

  it('includes the text only when the operator turned it on AND the person agreed', async () => {
    const { logger, lines } = capturingLogger();
    const withText = createEscalator({ webhookUrl: base, salt: SALT, logger, includeText: true });
    const without = createEscalator({ webhookUrl: base, salt: SALT, logger, includeText: false });
    await withText.escalate({ ...request, consentToShare: false });
    await withText.escalate({ ...request });
    await without.escalate({ ...request, consentToShare: true });
    expect(received.map((r) => r.body.text)).toEqual([undefined, undefined, undefined]);
    await withText.escalate({ ...request, consentToShare: true });
    expect(received[3]!.body.text).toBe(SECRET_WORDS);
    expect(lines.join('')).not.toContain('pills');
  });

  it('gives the same person the same id and different people different ids; the salt changes them', () => {
    expect(pseudonymousUser('telegram:1', SALT)).toBe(pseudonymousUser('telegram:1', SALT));
    expect(pseudonymousUser('telegram:1', SALT)).not.toBe(pseudonymousUser('telegram:2', SALT));
    expect(pseudonymousUser('telegram:1', SALT)).not.toBe(pseudonymousUser('telegram:1', 'other salt'));
  });
});

describe('escalation: whose danger', () => {
  it('tells the webhook and Slack when the danger is to someone the person says they hurt', async () => {
    const { logger, lines } = capturingLogger();
    const escalator = createEscalator({ webhookUrl: `${base}/hook`, slackWebhookUrl: `${base}/slack`, salt: SALT, logger });
    await escalator.escalate({ ...request, category: 'partner_violence', level: 'high', whose: 'caused_by_writer' });
    const byPath = Object.fromEntries(received.map((r) => [r.path, r.body]));
    expect(byPath['/hook']).toMatchObject({ category: 'partner_violence', whose: 'caused_by_writer' });
    expect(byPath['/slack']!.text).toContain('someone the person says they hurt or may hurt');
    expect(lines.join('')).toContain('"whose":"caused_by_writer"');
  });
});

describe('escalation to Slack', () => {
  it('posts a Slack message with category, level and channel, never the person’s words', async () => {
    const { logger } = capturingLogger();
    const escalator = createEscalator({ slackWebhookUrl: `${base}/slack`, salt: SALT, logger, includeText: true });
    const results = await escalator.escalate({ ...request, consentToShare: true });
    expect(results).toEqual([{ target: 'slack', ok: true, status: 200 }]);
    const body = received[0]!.body;
    expect(Object.keys(body)).toEqual(['text']);
    expect(body.text).toContain('suicide');
    expect(body.text).toContain('imminent');
    expect(body.text).toContain('telegram');
    expect(body.text).toContain("the person's own danger");
    expect(body.text).not.toContain('pills');
    expect(body.text).not.toContain('4242');
  });

  it('posts to both targets when both are set', async () => {
    const { logger } = capturingLogger();
    const escalator = createEscalator({ webhookUrl: `${base}/hook`, slackWebhookUrl: `${base}/slack`, salt: SALT, logger });
    await escalator.escalate(request);
    expect(received.map((r) => r.path).sort()).toEqual(['/hook', '/slack']);
  });
});

describe('escalation failures never reach the turn', () => {
  it('logs an error status and resolves', async () => {
    respond = (_req, res) => res.writeHead(500).end();
    const { logger, lines } = capturingLogger();
    const escalator = createEscalator({ webhookUrl: base, salt: SALT, logger });
    await expect(escalator.escalate(request)).resolves.toEqual([{ target: 'webhook', ok: false, status: 500 }]);
    expect(lines.join('')).toContain('"evt":"escalation_failed"');
    expect(lines.join('')).not.toContain('pills');
  });

  it('gives up after the timeout', async () => {
    respond = () => undefined; // never answers
    const { logger, lines } = capturingLogger();
    const escalator = createEscalator({ webhookUrl: base, salt: SALT, logger, timeoutMs: 150 });
    await expect(escalator.escalate(request)).resolves.toEqual([{ target: 'webhook', ok: false }]);
    expect(lines.join('')).toContain('"reason":"timeout"');
  });

  it('survives an unreachable target', async () => {
    const { logger } = capturingLogger();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const escalator = createEscalator({ webhookUrl: `http://127.0.0.1:${port}`, salt: SALT, logger });
    await expect(escalator.escalate(request)).resolves.toEqual([{ target: 'webhook', ok: false }]);
  });
});

describe('escalation config', () => {
  const { logger } = capturingLogger();

  it('is off by default: the event is logged, nothing is posted', async () => {
    const { logger: log, lines } = capturingLogger();
    const escalator = createEscalator({ salt: SALT, logger: log });
    expect(escalator.enabled).toBe(false);
    await expect(escalator.escalate(request)).resolves.toEqual([]);
    expect(received).toHaveLength(0);
    expect(lines.join('')).toContain('"routed":false');
  });

  it('refuses plain http anywhere but 127.0.0.1', () => {
    expect(() => createEscalator({ webhookUrl: 'http://ops.example/hook', salt: SALT, logger })).toThrow(EscalationConfigError);
    expect(() => createEscalator({ slackWebhookUrl: 'not a url', salt: SALT, logger })).toThrow(/ESCALATION_SLACK_WEBHOOK_URL/);
    expect(() => createEscalator({ webhookUrl: 'https://ops.example/hook', salt: SALT, logger })).not.toThrow();
  });

  it('needs a salt when a target is set, and reads every setting from the environment', () => {
    expect(() => loadConfig({ ESCALATION_WEBHOOK_URL: 'https://ops.example/hook' })).toThrow(/ESCALATION_SALT is required/);
    const config = loadConfig({
      ESCALATION_WEBHOOK_URL: 'https://ops.example/hook',
      ESCALATION_SALT: 's3cret-s3cret-s3cret',
      ESCALATION_INCLUDE_TEXT: 'true',
    });
    expect(config.escalation).toMatchObject({ webhookUrl: 'https://ops.example/hook', salt: 's3cret-s3cret-s3cret', includeText: true });
    expect(loadConfig({}).escalation).toBeUndefined();
  });
});
