import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Inbound } from '../../src/inbound.ts';
import type { Reply } from '../../src/reply.ts';
import type { RedisStoreStats } from '../../src/store/redis-store.ts';

const WORKER = fileURLToPath(new URL('./redis-engine-worker.ts', import.meta.url));

interface Response {
  id?: number;
  ready?: boolean;
  replies?: Reply[];
  stats?: RedisStoreStats;
  error?: string;
}

/**
 * A bot engine running in its own Node process (test/support/redis-engine-worker.ts) with its
 * own Redis connection: what "two bot processes against one Redis" means in the tests.
 *
 * @example const bot = await EngineProcess.start({ redisUrl, keyPrefix, now }); await bot.handle(inbound);
 */
export class EngineProcess {
  readonly #child: ChildProcess;
  readonly #waiting = new Map<number, { resolve: (response: Response) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #stderr = '';

  private constructor(child: ChildProcess) {
    this.#child = child;
    child.stderr?.on('data', (chunk: Buffer) => (this.#stderr += chunk.toString()));
    child.once('exit', (code) => {
      for (const { reject } of this.#waiting.values()) reject(new Error(`engine worker exited with code ${code}: ${this.#stderr.trim()}`));
      this.#waiting.clear();
    });
  }

  /** Spawns the process and waits until its engine is connected to Redis. */
  static async start(options: { redisUrl: string; keyPrefix: string; now: number }): Promise<EngineProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
      env: { ...process.env, REDIS_URL: options.redisUrl, KEY_PREFIX: options.keyPrefix, FIXED_NOW: String(options.now) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const bot = new EngineProcess(child);
    await new Promise<void>((resolve, reject) => {
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        const response = JSON.parse(line) as Response;
        if (response.ready) return resolve();
        if (response.id === undefined) return;
        bot.#waiting.get(response.id)?.resolve(response);
        bot.#waiting.delete(response.id);
      });
      child.once('exit', (code) => reject(new Error(`engine worker exited with code ${code}: ${bot.#stderr.trim()}`)));
    });
    return bot;
  }

  /** Sends one message to this process's engine; resolves with the replies it would send. */
  async handle(inbound: Inbound): Promise<Reply[]> {
    const response = await this.#request({ inbound });
    if (response.error !== undefined) throw new Error(`engine worker failed: ${response.error}`);
    return response.replies ?? [];
  }

  /** The store counters of this process. */
  async stats(): Promise<RedisStoreStats> {
    return (await this.#request({ stats: true })).stats!;
  }

  /** Lets in-flight turns finish, then ends the process. */
  async stop(): Promise<void> {
    if (this.#child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.#child.once('exit', resolve));
    this.#child.stdin?.end();
    await exited;
  }

  async #request(body: object): Promise<Response> {
    const id = this.#nextId++;
    return await new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#child.stdin!.write(`${JSON.stringify({ id, ...body })}\n`);
    });
  }
}
