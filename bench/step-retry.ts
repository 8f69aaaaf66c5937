/**
 * nick-fields/retry's loop in bash, as its source does it (src/index.ts @dd56f1c): max_attempts 3; each
 * attempt's end is noticed at the next poll, every polling_interval_seconds (1 s, from the attempt's
 * start), then retry_wait_seconds (10 s) before the next. Not modelled: its own node process starting
 * (tens of ms per step), which would only add to the retried mode's time.
 */
export function stepRetry(command: string): string {
  const script = command.replace(/'/g, `'\\''`);
  return [
    'for attempt in 1 2 3; do',
    `  bash -e -c '${script}' & pid=$!`,
    '  while sleep 1; kill -0 "$pid" 2>/dev/null; do :; done',
    '  if wait "$pid"; then exit 0; fi',
    '  echo "Attempt $attempt failed"; [ "$attempt" = 3 ] && exit 1; sleep 10',
    'done',
  ].join('\n');
}
