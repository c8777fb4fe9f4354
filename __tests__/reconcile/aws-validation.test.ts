/**
 * plan has AWS check the behaviors it would write (ValidateSecurityProfileBehaviors), so a pull request sees
 * what the file alone cannot tell, before the merge, and never a false alarm for what the plan creates.
 */
import { describe, expect, test } from '@jest/globals'
import { CreateCustomMetricCommand } from '@aws-sdk/client-iot'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli, EXIT } from '../../src/cli/cli.js'
import { planCommand } from '../../src/commands/reconcile.js'
import { refusals } from '../../src/plan/diff.js'
import type { ProfileFile } from '../../src/config/file-format.js'
import { account, example, ID, profile, type Account } from './helpers.js'

/** plan as the plan command runs it: with AWS checking the behaviors. */
const checkedPlan = (a: Account, file: ProfileFile) =>
  planCommand({ iot: a.iot, profile: file, identity: ID, prune: false, checkBehaviors: true })

/** A profile on a custom metric another owner manages: its type is not in the file. */
const externalMetricFile = `
version: 1
external:
  customMetrics: [allowed-ips]
securityProfiles:
  - securityProfileName: ips
    behaviors:
      - name: odd-ip
        metric: allowed-ips
        criteria: { comparisonOperator: greater-than, value: { number: 5 } }
`

describe('AWS checks the behaviors a plan writes', () => {
  test('an operator that does not suit an external metric fails the plan, naming the behavior', async () => {
    const a = await account()
    try {
      await a.iot.send(
        new CreateCustomMetricCommand({ metricName: 'allowed-ips', metricType: 'ip-address-list' })
      )
      const file = profile(externalMetricFile) // valid offline: the file cannot know the metric's type
      const { plan } = await checkedPlan(a, file)
      expect(refusals(plan)).toEqual([
        'security profile ips: AWS rejects its behaviors: Behavior odd-ip: the operator greater-than does not apply to allowed-ips (use in-cidr-set, not-in-cidr-set)'
      ])
      // The CLI's plan fails on it, as a pull-request gate would.
      const dir = mkdtempSync(path.join(tmpdir(), 'ddac-validate-'))
      writeFileSync(path.join(dir, 'dd.yml'), externalMetricFile)
      let out = ''
      const code = await cli(['plan', path.join(dir, 'dd.yml'), '--endpoint', a.emu.endpoint], {
        out: (t) => (out += t),
        err: () => undefined
      })
      expect(code).toBe(EXIT.problems)
      expect(out).toContain('✗ apply refuses: security profile ips: AWS rejects its behaviors')
    } finally {
      await a.close()
    }
  })

  test('behaviors on metrics and dimensions the same plan creates are not sent (AWS cannot see them yet)', async () => {
    const a = await account()
    try {
      const { plan } = await checkedPlan(a, example('rules-based.yml'))
      expect(refusals(plan)).toEqual([])
      expect(
        a.emu.requests().filter((r) => r.operation === 'ValidateSecurityProfileBehaviors')
      ).toEqual([{ operation: 'ValidateSecurityProfileBehaviors', status: 200 }])
    } finally {
      await a.close()
    }
  })

  test('a plan role without the permission gets a note, and the plan stands', async () => {
    const a = await account({ deny: ['ValidateSecurityProfileBehaviors'] })
    try {
      const { plan } = await checkedPlan(a, example('rules-based.yml'))
      expect(refusals(plan)).toEqual([])
      expect(plan.notes).toEqual([
        expect.stringMatching(
          /^behaviors were not checked by AWS: missing permission: allow iot:ValidateSecurityProfileBehaviors/
        )
      ])
    } finally {
      await a.close()
    }
  })
})
