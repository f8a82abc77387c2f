import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { LocaleLayout } from './layout.js';

export interface Shard {
  index: number;
  count: number;
}

/** `2/8` → shard 2 of 8 (1-based); null when malformed. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && count >= 1 && index <= count ? { index, count } : null;
}

/**
 * The files of one shard: chosen by a hash of the locale group, so every locale of an article
 * lands in the same shard, and the same file always lands in the same shard.
 */
export function filesOfShard(files: readonly string[], shard: Shard, layout: LocaleLayout, cwd: string): string[] {
  return files.filter((file) => {
    // Relative to the checkout, so every machine of a matrix splits alike.
    const digest = createHash('sha1').update(relative(cwd, layout.place(file).groupKey)).digest();
    return digest.readUInt32BE(0) % shard.count === shard.index - 1;
  });
}
