import { createHmac } from 'node:crypto';
import type { DangerWhose } from './risk.ts';

/** The logging the escalator needs; a pino logger fits. Nothing logged here carries message text. */
export interface EscalationLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

/** How an operator routes crisis events to a human. Both targets off means "log only". */
export interface EscalatorOptions {
  /** An HTTPS endpoint that receives JSON events (`http://127.0.0.1` is accepted for local tests). */
  webhookUrl?: string;
  /** A Slack incoming-webhook URL; the message names the category, level and channel, never content. */
  slackWebhookUrl?: string;
  /** Include the person's message in webhook events — only when they also agreed (`consentToShare`). Off by default. */
  includeText?: boolean;
  /** Secret for the pseudonymous user id (HMAC-SHA256); keep it stable so one person keeps one id. */
  salt: string;
  /** Where each escalation is logged, without content. */
  logger: EscalationLogger;
  /** Give up on a target after this long (ms). Default 5000. */
  timeoutMs?: number;
}

/** A crisis event, as the engine reports it. */
export interface EscalationRequest {
  /** The risk category, e.g. `suicide`. */
  category: string;
  /** The risk level, e.g. `imminent`. */
  level: string;
  /** The channel, e.g. `telegram`. */
  channel: string;
  /** Whose danger it is (default `own`): the writer's, someone else's they tell of, or someone the writer harmed. */
  whose?: DangerWhose;
  /** The conversation key; only its HMAC leaves the process. */
  userKey: string;
  /** The person's message; sent only when `includeText` is on AND `consentToShare` is true. */
  text?: string;
  /** The person agreed that a human may read their message. */
  consentToShare?: boolean;
}

/** What the webhook receives. */
export interface EscalationPayload {
  category: string;
  level: string;
  /** `own`, `someone_else` or `caused_by_writer`; see {@link DangerWhose}. */
  whose: DangerWhose;
  channel: string;
  /** Pseudonymous user id: HMAC-SHA256 of the conversation key with the operator's salt. */
  user: string;
  /** When, as an ISO 8601 timestamp. */
  at: string;
  /** Present only when the operator turned it on and the person agreed. */
  text?: string;
}

/** How one delivery went. */
export interface EscalationResult {
  target: 'webhook' | 'slack';
  ok: boolean;
  /** The HTTP status, when there was a response. */
  status?: number;
}

/** Routes crisis events to a human. `escalate` never throws; it resolves when every target answered or timed out. */
export interface Escalator {
  /** True when at least one target is configured. */
  readonly enabled: boolean;
  /** Logs the event (without content) and posts it to each configured target. */
  escalate(request: EscalationRequest): Promise<EscalationResult[]>;
}

/** Thrown at startup for a target URL that isn't HTTPS (or local http on 127.0.0.1). */
export class EscalationConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EscalationConfigError';
  }
}

function checkUrl(name: string, url: string | undefined): URL | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new EscalationConfigError(`${name} is not a valid URL. Set it to an https:// address, or leave it empty to turn escalation off.`);
  }
  const local = parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !local) {
    throw new EscalationConfigError(`${name} must use https:// (crisis events must not travel unencrypted); http is accepted only for 127.0.0.1.`);
  }
  return parsed;
}

/**
 * The pseudonymous id sent instead of the conversation key: HMAC-SHA256 with the operator's
 * salt, so it is stable per person but cannot be reversed or guessed without the salt.
 *
 * @example pseudonymousUser('telegram:42', salt) // '9c1f…' (64 hex characters)
 */
export function pseudonymousUser(userKey: string, salt: string): string {
  return createHmac('sha256', salt).update(userKey).digest('hex');
}

/**
 * Builds the human-escalation hook. Off by default (no URLs): events are only logged.
 *
 * @throws EscalationConfigError when a URL isn't https (or http://127.0.0.1) or the salt is empty.
 * @example
 * const escalator = createEscalator({ webhookUrl: 'https://ops.example/crisis', salt, logger });
 * void escalator.escalate({ category: 'suicide', level: 'high', channel: 'telegram', userKey: 'telegram:42' });
 */
export function createEscalator(options: EscalatorOptions): Escalator {
  const webhook = checkUrl('ESCALATION_WEBHOOK_URL', options.webhookUrl);
  const slack = checkUrl('ESCALATION_SLACK_WEBHOOK_URL', options.slackWebhookUrl);
  if (!options.salt) {
    throw new EscalationConfigError('ESCALATION_SALT is empty. Set it to a long random string (e.g. `openssl rand -hex 32`) and keep it stable.');
  }
  const timeoutMs = options.timeoutMs ?? 5000;
  const { logger } = options;

  async function post(target: EscalationResult['target'], url: URL, body: unknown, fields: object): Promise<EscalationResult> {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) logger.warn({ ...fields, evt: 'escalation_failed', target, status: response.status }, 'escalation target answered with an error');
      return { target, ok: response.ok, status: response.status };
    } catch (error) {
      const reason = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError') ? 'timeout' : 'network';
      logger.warn({ ...fields, evt: 'escalation_failed', target, reason }, 'escalation target unreachable');
      return { target, ok: false };
    }
  }

  return {
    enabled: Boolean(webhook || slack),
    async escalate(request) {
      try {
        const payload: EscalationPayload = {
          category: request.category,
          level: request.level,
          whose: request.whose ?? 'own',
          channel: request.channel,
          user: pseudonymousUser(request.userKey, options.salt),
          at: new Date().toISOString(),
        };
        const withText = Boolean(options.includeText && request.consentToShare && request.text);
        const fields = { evt: 'escalation', category: payload.category, level: payload.level, whose: payload.whose, channel: payload.channel, user: payload.user.slice(0, 16), withText };
        logger.info({ ...fields, routed: Boolean(webhook || slack) }, 'crisis event');
        const posts: Array<Promise<EscalationResult>> = [];
        if (webhook) posts.push(post('webhook', webhook, withText ? { ...payload, text: request.text } : payload, fields));
        if (slack) posts.push(post('slack', slack, { text: slackText(payload) }, fields));
        return await Promise.all(posts);
      } catch {
        logger.warn({ evt: 'escalation_failed' }, 'escalation failed');
        return [];
      }
    },
  };
}

/** How the Slack message says whose danger it is. */
const WHOSE_WORDS: Record<DangerWhose, string> = {
  own: "the person's own danger",
  someone_else: 'about someone else',
  caused_by_writer: 'someone the person says they hurt or may hurt',
};

/** The Slack message: what happened and where, with the pseudonymous id — never the person's words. */
function slackText(payload: EscalationPayload): string {
  return `:rotating_light: Kintsugi crisis event: *${payload.category}* (${payload.level}, ${WHOSE_WORDS[payload.whose]}) on ${payload.channel}, user ${payload.user.slice(0, 12)}, at ${payload.at}. The person has been shown crisis resources.`;
}

