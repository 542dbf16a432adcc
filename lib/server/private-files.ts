// Files that hold password hashes, sessions or keys are readable by their owner only, whatever the umask.
import { chmodSync, closeSync, mkdirSync, openSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Creates `file` (and its folder) as 0600 before anything writes to it; SQLite then gives its -wal and -shm files
 * the same mode as the database file.
 */
export function ensurePrivateFile(file: string): void {
  ensurePrivateDir(dirname(file));
  closeSync(openSync(file, "a", 0o600));
  chmodSync(file, 0o600);
}

export function writePrivateFile(file: string, text: string): void {
  ensurePrivateFile(file);
  writeFileSync(file, text, { mode: 0o600 });
}
