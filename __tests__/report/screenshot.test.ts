/**
 * The rendered summary as a reader sees it: Markdown → GitHub-styled HTML with Mermaid → headless Chromium
 * (scripts/screenshot.mjs), at a pull-request comment's width. Nothing scrolls sideways and no chart label
 * overlaps another. Skipped where Chromium is not installed.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'
import type { StatusReport } from '../../src/commands/status.js'
import type { ProfileFile } from '../../src/config/file-format.js'
import { desiredState } from '../../src/plan/desired.js'
import { diff } from '../../src/plan/diff.js'
import { renderPlanMarkdown } from '../../src/report/plan.js'
import { renderStatusMarkdown } from '../../src/report/status.js'

const chromium = spawnSync('chromium', ['--version']).status === 0
const withChromium = chromium ? describe : describe.skip

/** Screenshot one Markdown text; the script's own report of what overflows or overlaps. */
function look(markdown: string): { ok: boolean; report: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ddac-look-'))
  writeFileSync(path.join(dir, 'summary.md'), markdown)
  const r = spawnSync(
    'node',
    [
      'scripts/screenshot.mjs',
      path.join(dir, 'summary.md'),
      path.join(dir, 'summary.png'),
      '--open'
    ],
    { encoding: 'utf8' }
  )
  return { ok: r.status === 0, report: r.stdout + r.stderr }
}

withChromium('the rendered summary at a comment’s width', () => {
  test('a plan with long names and ARNs does not scroll sideways', () => {
    const file = parse(readFileSync('examples/device-defender.yml', 'utf8')) as ProfileFile
    const rules = file.securityProfiles![1]!
    rules.securityProfileName = `Rules_${'flood_profile_of_the_production_fleet_'.repeat(3)}end`
    rules.alertTargets!.SNS!.alertTargetArn = `arn:aws:sns:eu-west-1:123456789012:${'alerts-'.repeat(20)}x`
    const plan = diff(desiredState(file, 'octo/repo:dd.yml'), { resources: [] }, { prune: false })
    const { ok, report } = look(renderPlanMarkdown(plan))
    expect(report).toContain('scrolls sideways: 0')
    expect(ok).toBe(true)
  }, 60_000)

  test('the training chart of 20 behaviors has no overlapping labels', () => {
    const start = new Date('2026-11-20T06:00:00Z')
    const report: StatusReport = {
      training: Array.from({ length: 20 }, (_, i) => ({
        securityProfileName: 'ML_Detect_fleet_profile',
        behaviorName: `num-authorization-failures-ml-behavior-${i + 1}`,
        modelStatus: 'PENDING_BUILD',
        datapointsCollectionPercentage: (i * 37) % 100,
        trainingDataCollectionStartDate: start
      })),
      violations: [],
      events: [],
      since: start,
      missing: []
    }
    const { ok, report: seen } = look(renderStatusMarkdown(report))
    expect(seen).toContain('scrolls sideways: 0')
    expect(seen).toMatch(/overlapping chart labels: 0$/m)
    expect(ok).toBe(true)
  }, 60_000)
})
