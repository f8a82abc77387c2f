import type { RE2JS } from 're2js';
import { lazyDependency } from '../runtime.js';

const re2js = lazyDependency<typeof import('re2js')>('re2js');

/**
 * A regular expression from the checked repository's configuration, run by RE2 (re2js): its time is
 * linear in the text whatever the pattern, so a pull request's `(a+)+$` cannot stall the job.
 * Backreferences and look-around, which need backtracking, do not compile.
 */
export class LinearPattern {
  private constructor(
    readonly source: string,
    private readonly compiled: RE2JS,
  ) {}

  /** Throws an Error saying why RE2 cannot run the pattern. */
  static compile(source: string, { ignoreCase = false } = {}): LinearPattern {
    const { RE2JS } = re2js();
    try {
      return new LinearPattern(source, RE2JS.compile(source, ignoreCase ? RE2JS.CASE_INSENSITIVE : 0));
    } catch (error) {
      throw new Error(`\`${source}\` is not a pattern loclint can run in linear time (RE2 syntax; no backreferences or look-around): ${(error as Error).message}`);
    }
  }

  test(text: string): boolean {
    return this.compiled.matcher(text).find();
  }

  /** The text with every match removed. */
  removeAll(text: string): string {
    return this.compiled.matcher(text).replaceAll('');
  }
}
