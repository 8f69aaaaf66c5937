/**
 * A byte count as people read it (`1.5 MiB`). Apart from support.ts, which loads the checkpoint engine's door:
 * classify's progress line needs this and none of that.
 */
export function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
