import { randomBytes } from 'node:crypto';
import type { FlowDefinition } from '../../flows/flow.ts';
import { sessionKeyOf, type ConversationAddress } from '../address.ts';
import type { Inbound } from '../inbound.ts';
import { silentLogger, type Logger } from '../logger.ts';
import { pseudonym } from '../pseudonym.ts';
import type { Reply } from '../reply.ts';
import type { DangerWhose, Risk, RiskScreen } from '../safety/risk.ts';
import { newSession, type Session } from '../session.ts';
import { StoreUnavailableError, type SessionStore } from '../store/session-store.ts';
import { parseCommand } from './commands.ts';
import { engineCopy } from './copy.ts';
import { KeyedQueue } from '../keyed-queue.ts';
import type { CommandInfo, TurnHandler } from './turn-handler.ts';
import { runTurn, type TurnFlows } from './turn.ts';

/** Where the person is, as far as the platform tells: used to pick crisis resources. */
export interface Whereabouts {
  locale?: string;
  timeZone?: string;
  country?: string;
}

/** A safety event for the operator's human-escalation hook. Never carries message text. */
export interface EscalationEvent {
  category: string;
  level: string;
  /** Whose danger it is: the writer's own, someone else's they tell of, or someone the writer harmed. */
  whose: DangerWhose;
  channel: string;
  /** The conversation key; the hook pseudonymises it before sending it anywhere. */
  userKey: string;
}

/** How to build an engine. */
export interface EngineOptions {
  /** Where sessions live. */
  store: SessionStore;
  /** Every flow the engine can run. Must include the ids named in `roles`. */
  flows: readonly FlowDefinition[];
  /** Which flows play the engine's fixed roles. */
  roles: { onboarding: string; crisis: string; forget: string };
  /** The crisis screen, run first on every text. */
  screen: RiskScreen;
  /** Crisis replies that need no stored state, for when the store is down. */
  crisisFallback: (risk: Risk | null, where: Whereabouts) => Reply[];
  /** Answers common questions typed anywhere; optional. */
  faq?: (text: string) => Reply[] | null;
  /** Hears about crisis events for human escalation; optional, must not throw. */
  escalate?: (event: EscalationEvent) => void;
  /** Structured logger (never given message text). */
  logger?: Logger;
  /**
   * Secret mixed into the pseudonymous conversation ids in logs, so ids can't be reversed by
   * hashing every possible platform id. Default: random per process (ids then correlate only
   * within one run); set `LOG_SALT` to correlate across restarts.
   */
  logSalt?: string;
  /** Clock; tests pass a fake one. */
  now?: () => number;
  /** Longer messages are cut to this many characters before flows see them (default 4000). */
  maxTextLength?: number;
}

/** The engine: one turn at a time per conversation, safety first, state in the store. */
export interface Engine extends TurnHandler {
  /** Stops accepting work and closes the store. */
  close(): Promise<void>;
}

const MAX_ATTEMPTS = 20;
/** The crisis screen reads at most this much of a message (it stays fast on huge input). */
const SCREEN_LIMIT = 20_000;

/**
 * Builds the engine. A turn runs: crisis screen (stateless) → per-conversation queue → load
 * (and drop duplicates) → the running flow → commit with compare-and-swap (redo on conflict) →
 * replies. When the store is unreachable, crisis replies still go out and everyone else gets
 * a short "I can't reach my memory" message.
 *
 * @example const engine = createEngine({ store: new MemoryStore(), flows, roles, screen: screenText, crisisFallback });
 */
export function createEngine(options: EngineOptions): Engine {
  const logger = options.logger ?? silentLogger();
  const now = options.now ?? Date.now;
  const maxText = options.maxTextLength ?? 4000;
  const queue = new KeyedQueue();
  const logSalt = options.logSalt ?? randomBytes(16).toString('hex');
  const flows = indexFlows(options.flows, options.roles);

  async function handle(inbound: Inbound): Promise<Reply[]> {
    const started = performance.now();
    const key = sessionKeyOf(inbound);
    const fullText = inbound.text ?? '';
    const risk = fullText ? options.screen(fullText.slice(0, SCREEN_LIMIT)) : null;
    const prefix: Reply[] = [];
    let message = inbound;
    if (fullText.length > maxText) {
      message = { ...inbound, text: fullText.slice(0, maxText) };
      prefix.push({ text: engineCopy.truncated(maxText) });
    }
    const log = logger.child({ channel: inbound.channel, conv: pseudonym(key, logSalt) });
    if (risk) log.info({ evt: 'risk', category: risk.category, level: risk.level }, 'crisis screen matched');
    const replies = await queue.run(key, () => turnWithStore(key, message, risk, log));
    log.info({ evt: 'turn', replies: replies.length, ms: Math.round(performance.now() - started) }, 'turn');
    return replies.length ? [...prefix, ...replies] : replies;
  }

  async function turnWithStore(key: string, inbound: Inbound, risk: Risk | null, log: Logger): Promise<Reply[]> {
    try {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const loaded = await options.store.load(key, inbound.messageId);
        if (loaded.duplicate) {
          log.info({ evt: 'duplicate' }, 'duplicate delivery dropped');
          return [];
        }
        const session = loaded.session ?? newSession(addressOf(inbound), now());
        session.address = addressOf(inbound, session.address);
        const result = runTurn({ flows, faq: options.faq, now: now() }, session, inbound, risk);
        if (result.erase) {
          await options.store.erase(key);
          log.info({ evt: 'erased' }, 'person erased their data');
          return result.replies;
        }
        const outcome = await options.store.commit(key, loaded.revision, result.session, inbound.messageId);
        if (outcome === 'duplicate') return [];
        if (outcome === 'ok') {
          for (const e of result.escalations) escalate({ ...e, channel: inbound.channel, userKey: key }, log);
          return result.replies;
        }
        log.debug({ evt: 'conflict', attempt }, 'session changed meanwhile; redoing the turn');
      }
      log.error({ evt: 'contention' }, `gave up after ${MAX_ATTEMPTS} conflicting writes`);
      return outage(inbound, risk);
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      log.warn({ evt: 'store_unavailable', err: error.message }, 'session store unreachable');
      return outage(inbound, risk);
    }
  }

  function outage(inbound: Inbound, risk: Risk | null): Reply[] {
    const where = { locale: inbound.locale, timeZone: inbound.timeZone };
    const helpNow = inbound.text && parseCommand(inbound.text, flows.commands)?.name === 'help_now';
    if (risk || helpNow || inbound.choice === 'help:now') return options.crisisFallback(risk, where);
    return [{ text: engineCopy.storeDown }];
  }

  function escalate(event: EscalationEvent, log: Logger): void {
    try {
      options.escalate?.(event);
    } catch (error) {
      log.error({ evt: 'escalation_failed', err: String(error) }, 'escalation hook threw');
    }
  }

  async function markUnreachable(address: ConversationAddress): Promise<void> {
    const key = sessionKeyOf(address);
    await queue.run(key, async () => {
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const loaded = await options.store.load(key);
        if (!loaded.session) return;
        const session: Session = { ...loaded.session, profile: { ...loaded.session.profile, paused: true } };
        if ((await options.store.commit(key, loaded.revision, session)) !== 'conflict') return;
      }
    });
    logger.info({ evt: 'unreachable', channel: address.channel, conv: pseudonym(key, logSalt) }, 'person unreachable; paused');
  }

  function commands(): CommandInfo[] {
    const global: CommandInfo[] = [
      { command: 'start', description: 'Start or pick up again' },
      { command: 'menu', description: 'The main menu' },
      { command: 'help', description: 'What I can do; /help now for crisis lines' },
      { command: 'about', description: 'What this coach is' },
      { command: 'back', description: 'One step back' },
    ];
    const fromFlows = options.flows.flatMap((f) => (f.commands ?? []).map((command) => ({ command, description: f.title })));
    const tail: CommandInfo[] = [
      { command: 'stop', description: 'Pause reminders' },
      { command: 'forget', description: 'Erase everything about me' },
    ];
    return [...global, ...fromFlows, ...tail];
  }

  return { handle, markUnreachable, commands, close: () => options.store.close() };
}

function addressOf(inbound: Inbound, previous?: ConversationAddress): ConversationAddress {
  return inbound.address ?? previous ?? { channel: inbound.channel, conversationId: inbound.conversationId, userId: inbound.userId };
}

function indexFlows(list: readonly FlowDefinition[], roles: EngineOptions['roles']): TurnFlows {
  const byId = new Map(list.map((f) => [f.id, f]));
  for (const [role, id] of Object.entries(roles)) {
    if (!byId.has(id)) throw new Error(`The ${role} flow "${id}" is not registered: add it to the flows passed to createEngine.`);
  }
  const commands = new Set(list.flatMap((f) => f.commands ?? []));
  return { byId, list, commands, ...roles };
}
