import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The command that installs redis-server on Debian/Ubuntu, quoted in every "not found" error. */
export const INSTALL_REDIS = 'sudo apt-get install -y redis-server';

/** A `redis-server` this process started on 127.0.0.1. */
export interface RedisProcess {
  /** `redis://127.0.0.1:<port>`. */
  url: string;
  /** The TCP port it listens on; a restart reuses it. */
  port: number;
  /** Kills it at once (SIGKILL, like a crash). */
  kill(): Promise<void>;
  /** Starts it again on the same port (killing it first if running); empty unless started with `persist`. */
  restart(): Promise<void>;
  /** Stops it and removes its temporary directory. */
  stop(): Promise<void>;
}

/** Options of {@link startRedis}. */
export interface StartRedisOptions {
  /** Port to listen on; a free one by default. */
  port?: number;
  /** Keep data across kill/restart (append-only file, fsync on every write), as production would. */
  persist?: boolean;
}

/** True when `redis-server` is on PATH. */
export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throwaway `redis-server` from PATH on a free 127.0.0.1 port (or `options.port`), in a
 * temporary directory, without persistence unless asked, and waits until it accepts connections.
 *
 * @example const redis = await startRedis(); … await redis.stop();
 * @throws Error with the install command when redis-server is not installed.
 */
export async function startRedis(options: StartRedisOptions = {}): Promise<RedisProcess> {
  if (!redisServerInstalled()) {
    throw new Error(`redis-server was not found on PATH. Install it with: ${INSTALL_REDIS} (or set REDIS_URL to a Redis you can wipe).`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'kintsugi-redis-'));
  const port = options.port ?? (await freePort());
  const persistence = options.persist ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  const launchHere = (): Promise<ChildProcess> => launch(port, dir, persistence);
  let child: ChildProcess | undefined = await launchHere();
  const url = `redis://127.0.0.1:${port}`;
  return {
    url,
    port,
    async kill() {
      await terminate(child, 'SIGKILL');
      child = undefined;
    },
    async restart() {
      await terminate(child, 'SIGKILL');
      child = await launchHere();
    },
    async stop() {
      await terminate(child, 'SIGTERM');
      child = undefined;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launch(port: number, dir: string, persistence: string[]): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir, '--loglevel', 'warning'];
  const child = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with code ${child.exitCode}: ${stderr.trim()}`);
    if (await answersPing(port)) return child;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not start on port ${port} within 10 s: ${stderr.trim()}`);
}

async function answersPing(port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

async function terminate(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
