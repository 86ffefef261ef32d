// Helpers shared by the integration tests: where things are and how to run them.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bin = (name: string) => join(root, 'node_modules', '.bin', name);

export type PackageJson = {
  name: string;
  private?: boolean;
  sideEffects?: boolean;
  files?: string[];
  exports?: Record<string, unknown>;
  license?: string;
  dependencies?: Record<string, string>;
  scripts?: Record<string, string>;
};

/** Directories under `folder` that hold a package.json, with it parsed. */
export function workspaceDirs(
  folder: 'packages' | 'examples',
): { dir: string; pkg: PackageJson }[] {
  const base = join(root, folder);
  return readdirSync(base)
    .map((name) => join(base, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }));
}

export type RunResult = { code: number; stdout: string; stderr: string };

/** Run a command, never throwing: the test reads the exit code and the output. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? root,
        env: { ...process.env, ...options.env },
        timeout: options.timeout ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
  });
}

/** The output of a failed run, trimmed for an assertion message. */
export function explain(result: RunResult): string {
  return `exit ${result.code}\n--- stdout ---\n${result.stdout.slice(-4000)}\n--- stderr ---\n${result.stderr.slice(-4000)}`;
}
