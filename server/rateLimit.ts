/** A token bucket: `burst` messages at once, refilled at `perSecond`. */
export class RateLimit {
  private tokens: number;
  private last: number;

  constructor(
    private readonly opts: { readonly perSecond: number; readonly burst: number },
    private readonly now: () => number = () => Date.now(),
  ) {
    this.tokens = opts.burst;
    this.last = now();
  }

  /** Takes a token: false when the bucket is empty (the message is dropped). */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(
      this.opts.burst,
      this.tokens + ((t - this.last) / 1000) * this.opts.perSecond,
    );
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
