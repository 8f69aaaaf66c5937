/** A Mermaid gantt chart of the job's attempts: one section per stage, one bar per attempt. */
import { mermaidLabel } from './markdown.js';
import type { StageView } from './model.js';

const MAX_BARS = 60;

/**
 * The fenced ```mermaid block, or '' when there is nothing timed to show. Times are epoch milliseconds
 * (`dateFormat x`); a failed attempt is `crit`, a passed one `done`, a stage resumed from an earlier
 * attempt a milestone.
 */
export function renderTimeline(stages: readonly StageView[], title = 'Attempts'): string {
  const lines: string[] = [];
  let bars = 0;
  let omitted = 0;
  for (const stage of stages) {
    const section: string[] = [];
    if (stage.resumed) {
      const at = Date.parse(stage.startedAt ?? '');
      if (!Number.isNaN(at)) section.push(`    resumed from an earlier attempt :milestone, ${at}, ${at + 1}`);
    }
    stage.attempts.forEach((a, i) => {
      const start = Date.parse(a.startedAt);
      if (Number.isNaN(start)) return;
      const failed = !(stage.outcome === 'success' && i === stage.attempts.length - 1);
      const why = failed
        ? a.timedOut
          ? 'timeout'
          : (a.failureType ?? (a.exitCode !== undefined ? `exit ${a.exitCode}` : 'failed'))
        : 'ok';
      const end = start + Math.max(1, Math.round(a.durationMs));
      section.push(
        `    attempt ${a.attempt} ${mermaidLabel(why, 30)} :${failed ? 'crit' : 'done'}, ${start}, ${end}`,
      );
    });
    if (section.length === 0) continue;
    if (bars + section.length > MAX_BARS) {
      omitted += section.length;
      continue;
    }
    bars += section.length;
    lines.push(`    section ${mermaidLabel(stage.name)}`, ...section);
  }
  if (bars === 0) return '';
  const head = [
    '```mermaid',
    'gantt',
    `    title ${mermaidLabel(title)}`,
    '    dateFormat x',
    '    axisFormat %H:%M:%S',
  ];
  const out = [...head, ...lines, '```'];
  if (omitted > 0) out.push('', `_${omitted} more attempts not drawn._`);
  return out.join('\n');
}
