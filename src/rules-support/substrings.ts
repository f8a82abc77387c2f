/**
 * Which strings occur in a text, each answered in time linear in its own length: a suffix
 * automaton of the text, built in time linear in the text (checking n units against a source by
 * indexOf would cost n times the source). `firstEnd` also says where a string first ends.
 */
export class Substrings {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly link: number[] = [-1];
  private readonly length: number[] = [0];
  /** End offset (exclusive) of the first occurrence of each state's strings. */
  private readonly end: number[] = [0];

  constructor(text: string) {
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const cur = this.state(this.length[last]! + 1, i + 1);
      let p = last;
      while (p !== -1 && !this.next[p]!.has(c)) {
        this.next[p]!.set(c, cur);
        p = this.link[p]!;
      }
      if (p === -1) this.link[cur] = 0;
      else {
        const q = this.next[p]!.get(c)!;
        if (this.length[p]! + 1 === this.length[q]) this.link[cur] = q;
        else {
          const clone = this.state(this.length[p]! + 1, this.end[q]!);
          for (const [k, v] of this.next[q]!) this.next[clone]!.set(k, v);
          this.link[clone] = this.link[q]!;
          while (p !== -1 && this.next[p]!.get(c) === q) {
            this.next[p]!.set(c, clone);
            p = this.link[p]!;
          }
          this.link[q] = clone;
          this.link[cur] = clone;
        }
      }
      last = cur;
    }
  }

  private state(length: number, end: number): number {
    this.next.push(new Map());
    this.link.push(-1);
    this.length.push(length);
    this.end.push(end);
    return this.next.length - 1;
  }

  /** Where `s` first ends in the text (exclusive), or -1 when it does not occur. */
  firstEnd(s: string): number {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const to = this.next[state]!.get(s.charCodeAt(i));
      if (to === undefined) return -1;
      state = to;
    }
    return s.length === 0 ? 0 : this.end[state]!;
  }

  has(s: string): boolean {
    return this.firstEnd(s) !== -1;
  }
}
