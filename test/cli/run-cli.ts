import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/kintsugi.js', import.meta.url));
/** A working directory without a `.env`, so a developer's own settings never leak into tests. */
const CWD = mkdtempSync(join(tmpdir(), 'kintsugi-cli-'));

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `kintsugi <args>` as a real child process with `input` piped to stdin (so stdin is not
 * a terminal) and a clean environment plus `env`.
 */
export function runCli(args: string[], input = '', env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: CWD,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'America/New_York', LANG: 'en_US.UTF-8', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}
