/**
 * Which of the user's exclude globs left nothing out while something near them was saved. A glob matches a
 * whole path from the workspace root, case-sensitively (as upload-artifact's do): `*.pem` leaves out
 * `key.pem` but saves `secrets/key.pem`, and `Secrets` saves `secrets/`. That is what the glob says, but
 * rarely what its writer meant, and the file they meant to keep out is saved without a word. So the walk
 * tells the audit what each glob left out and what was taken; a glob that left out nothing, where the same
 * glob at any depth or in any case would have, gets a warning that names the file and the glob to write.
 */
import picomatch from 'picomatch';

interface Audited {
  glob: string;
  matches: (rel: string) => boolean;
  /** The glob at any depth (none for a glob with a '/', which is anchored on purpose), in any case. */
  deeper?: (rel: string) => boolean;
  folded: (rel: string) => boolean;
  /** What the writer probably meant, with the file that shows it; the first one seen. */
  hint?: string;
}

const matcher = (glob: string, nocase = false): ((rel: string) => boolean) => {
  const re = picomatch.makeRe(glob, { dot: true, nocase });
  return (rel) => rel === glob || re.test(rel);
};

export class ExcludeAudit {
  /** Globs that have left nothing out yet. */
  private readonly idle: Audited[];

  constructor(globs: readonly string[]) {
    this.idle = [...new Set(globs.filter((g) => g !== ''))].map((glob) => ({
      glob,
      matches: matcher(glob),
      ...(glob.includes('/') || glob.startsWith('**') ? {} : { deeper: matcher(`**/${glob}`) }),
      folded: matcher(glob, true),
    }));
  }

  /** The walk left `rel` out (it, or the directory it heads): the globs that match it did something. */
  leftOut(rel: string): void {
    for (let i = this.idle.length - 1; i >= 0; i--) if (this.idle[i]!.matches(rel)) this.idle.splice(i, 1);
  }

  /** The walk took `rel`: a glob near it that left nothing out may have meant it. */
  taken(rel: string): void {
    for (const a of this.idle) {
      if (a.hint !== undefined) continue;
      if (a.deeper?.(rel))
        a.hint = `'${rel}' was saved: a glob matches whole paths from the workspace root, so write '**/${a.glob}' to leave it out at any depth`;
      else if (a.folded(rel))
        a.hint = `'${rel}' was saved: globs are case-sensitive, so write the name as it is on disk`;
    }
  }

  /** One line per glob that left nothing out while a near miss was saved. */
  findings(): string[] {
    return this.idle
      .filter((a) => a.hint !== undefined)
      .map((a) => `exclude '${a.glob}' left out nothing; ${a.hint}.`);
  }
}
