import { crisisFallback } from '../flows/crisis/fallback.ts';
import type { FlowDefinition } from '../flows/flow.ts';
import type { Config } from './config.ts';
import { createEngine, type Engine, type EscalationEvent } from './engine/engine.ts';
import { answerQuestion } from './faq/answer.ts';
import { allFlows, flowRoles } from './flows-registry.ts';
import type { Logger } from './logger.ts';
import { createEscalator } from './safety/escalation.ts';
import { loadResourceDirectory, resourceDirectory, useResourceDirectory } from './safety/resources.ts';
import { screenText } from './safety/screen.ts';
import { parseEncryptionKeys } from './store/encryption.ts';
import { MemoryStore } from './store/memory-store.ts';
import { RedisStore } from './store/redis-store.ts';
import type { SessionStore } from './store/session-store.ts';

/** What {@link buildEngine} needs; everything but the store has a sensible default. */
export interface BuildEngineOptions {
  store: SessionStore;
  logger?: Logger;
  now?: () => number;
  escalate?: (event: EscalationEvent) => void;
  flows?: readonly FlowDefinition[];
  /** Secret for pseudonymous ids in logs (`LOG_SALT`). */
  logSalt?: string;
}

/**
 * Wires the engine with every flow, the crisis screen, the stateless crisis fallback and the
 * FAQ. This is the one place that knows all the parts.
 *
 * @example const engine = buildEngine({ store: new MemoryStore() });
 */
export function buildEngine(options: BuildEngineOptions): Engine {
  return createEngine({
    store: options.store,
    flows: options.flows ?? allFlows,
    roles: flowRoles,
    screen: screenText,
    crisisFallback,
    faq: answerQuestion,
    escalate: options.escalate,
    logger: options.logger,
    logSalt: options.logSalt,
    now: options.now,
  });
}

/**
 * Opens the session store the configuration asks for: Redis when `REDIS_URL` is set, memory
 * otherwise.
 */
export async function openStore(config: Config, logger: Logger): Promise<SessionStore> {
  if (!config.redis) return new MemoryStore();
  const encryptionKeys = config.redis.encryptionKeys ? parseEncryptionKeys(config.redis.encryptionKeys) : undefined;
  if (!encryptionKeys && config.nodeEnv === 'production') {
    logger.warn({ evt: 'unencrypted' }, 'SESSION_ENCRYPTION_KEYS is not set: sessions are stored in Redis without encryption at rest. Set it in production.');
  }
  return RedisStore.connect({ url: config.redis.url, ttlDays: config.redis.ttlDays, encryptionKeys, logger });
}

/**
 * Loads and validates the crisis resource directory at start-up (the operator's folder when
 * `RESOURCES_DIR` is set), so a broken region file stops the bot before anyone needs it.
 * @throws ResourceFileError naming the file and field to fix.
 */
export function prepareResources(config: Config): void {
  if (config.resourcesDir) useResourceDirectory(loadResourceDirectory(config.resourcesDir));
  else resourceDirectory();
}

/**
 * The engine's escalation hook when the operator configured a target, else `undefined`.
 * Events carry category, level, channel and a pseudonymous id — never message text.
 */
export function escalationHook(config: Config, logger: Logger): ((event: EscalationEvent) => void) | undefined {
  if (!config.escalation) return undefined;
  const escalator = createEscalator({ ...config.escalation, logger });
  return (event) => void escalator.escalate(event);
}
