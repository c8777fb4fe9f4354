/** A plan that apply would refuse still shows what differs, and says it is refused, not "no changes". */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { UpdateSecurityProfileCommand } from '@aws-sdk/client-iot'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { planCounts, renderPlanMarkdown, renderPlanText } from '../../src/report/plan.js'
import { account, ID, profile, type Account } from './helpers.js'

const OTHER = 'octo/devices:copy-of-device-defender.yml'

const file = (confidence: string, metric = true): string => `
version: 1
securityProfiles:
  - securityProfileName: ML_Detect_profile
    targets: [anom_group]
    behaviors:
      - name: num-messages-sent-ml-behavior
        metric: aws:num-messages-sent
        criteria: { mlDetectionConfig: { confidenceLevel: ${confidence} } }
${metric ? 'customMetrics:\n  - { metricName: battery, metricType: number }\n' : ''}`

let a: Account
beforeEach(async () => {
  a = await account()
})
afterEach(async () => a.close())

describe('a plan apply would refuse', () => {
  test('says it is refused, still shows the change and the drift, and counts the other file’s resources as its', async () => {
    // The first file applies a profile and a metric; then the profile is edited in the console.
    expect(
      (
        await applyCommand({
          iot: a.iot,
          profile: profile(file('MEDIUM')),
          identity: ID,
          prune: false
        })
      ).converged
    ).toBe(true)
    await a.iot.send(
      new UpdateSecurityProfileCommand({
        securityProfileName: 'ML_Detect_profile',
        securityProfileDescription: 'edited in the console'
      })
    )
    // A second file (a copy saved elsewhere) declares the same profile, with another confidence level.
    const { plan } = await planCommand({
      iot: a.iot,
      profile: profile(file('HIGH', false)),
      identity: OTHER,
      prune: false
    })

    const text = renderPlanText(plan)
    expect(text).not.toContain('no changes')
    expect(text).toContain(
      `Plan: refused (1 resource managed by another file): 0 to create, 1 to update, 0 to delete (1 unchanged).`
    )
    expect(text).toContain(
      `✗ apply refuses: security profile ML_Detect_profile is managed by ${ID}`
    )
    // The diff is there: the file's change and the console edit.
    expect(text).toMatch(/-\s+confidenceLevel: MEDIUM\n.*\+\s+confidenceLevel: HIGH/)
    expect(text).toMatch(/-\s+securityProfileDescription: edited in the console/)
    expect(text).toContain(
      `· 1 resource managed by another file, ignored: custom metric battery (${ID})`
    )
    expect(text).not.toContain('unmanaged')

    const md = renderPlanMarkdown(plan)
    expect(md.split('\n')[0]).toBe(
      '## ⛔ ddac plan: refused (1 resource managed by another file): 0 to create, 1 to update, 0 to delete (1 unchanged)'
    )
    expect(md).toContain('```diff\n')
    expect(md).toContain('+         confidenceLevel: HIGH')
    expect(md).toContain('### Drift')
    expect(md).toContain('Managed by another file, ignored (1)')
    expect(md).not.toContain('Unmanaged')
    expect(planCounts(plan)).toMatchObject({ update: 1, refused: 1, foreign: 1, unmanaged: 0 })
  })
})
