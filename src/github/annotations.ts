/** File-anchored annotations for the problems of a profile file. */
import * as core from './actions-core.js'
import { formatPath, type LocatedProblem } from '../config/problems.js'

/** GitHub shows at most 10 annotations of each severity per step; the rest go to the summary and log. */
export const MAX_ANNOTATIONS_PER_SEVERITY = 10

export function annotate(problems: readonly LocatedProblem[]): void {
  for (const severity of ['error', 'warning'] as const) {
    const emit = severity === 'error' ? core.error : core.warning
    for (const p of problems
      .filter((x) => x.severity === severity)
      .slice(0, MAX_ANNOTATIONS_PER_SEVERITY)) {
      emit(p.message, {
        title: `${formatPath(p.path)} [${p.rule}]`,
        file: p.file,
        startLine: p.line,
        startColumn: p.column
      })
    }
  }
}
