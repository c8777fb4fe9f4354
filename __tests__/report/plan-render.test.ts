/**
 * What a reviewer reads: the plan's Markdown (job summary, pull-request comment) and terminal text, pinned by
 * snapshots for each kind of plan, with the properties that make them readable checked outright.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { adapterFor } from '../../src/resources/adapters/index.js'
import type { ProfileFile } from '../../src/config/file-format.js'
import { desiredState } from '../../src/plan/desired.js'
import { diff, stateHash } from '../../src/plan/diff.js'
import type { ActualResource, ActualState, DesiredState, Plan } from '../../src/resources/types.js'
import { MARKDOWN_WIDTH, renderPlanMarkdown, renderPlanText } from '../../src/report/plan.js'

const ID = 'octo/repo:device-defender.yml'
const demo = parse(readFileSync('examples/device-defender.yml', 'utf8')) as ProfileFile

/** The account as ddac leaves it after applying `desired`. */
function applied(desired: DesiredState, identity = ID): ActualState {
  return {
    resources: desired.resources.map((r): ActualResource => ({
      ...structuredClone(r),
      arn: `arn:aws:iot:eu-west-1:123456789012:${r.kind}/${r.name}`,
      version: 1,
      ownership: {
        managedBy: identity,
        appliedHash: stateHash(adapterFor(r.kind).comparable(r.spec), r)
      }
    }))
  }
}

function edited(file: ProfileFile, edit: (f: ProfileFile) => void): ProfileFile {
  const copy = structuredClone(file)
  edit(copy)
  return copy
}

const profileOf = (f: ProfileFile, name: string) =>
  f.securityProfiles!.find((p) => p.securityProfileName === name)!

/** The lines of every fenced code block in the Markdown. */
function codeLines(md: string): string[] {
  return [...md.matchAll(/^```\w*\n([\s\S]*?)^```$/gm)].flatMap((m) => m[1]!.split('\n'))
}

function rendered(plan: Plan): { md: string; text: string } {
  const md = renderPlanMarkdown(plan)
  // Nothing a reader would have to scroll sideways to see.
  for (const line of codeLines(md)) expect(line.length).toBeLessThanOrEqual(MARKDOWN_WIDTH + 2)
  return { md, text: renderPlanText(plan) }
}

describe('plan rendering', () => {
  test('creates: each new resource as the YAML the file states, without the defaults AWS fills in', () => {
    const { md, text } = rendered(diff(desiredState(demo, ID), { resources: [] }, { prune: false }))
    expect(md).toContain(
      [
        '+ securityProfileName: ML_Detect_profile',
        '+ securityProfileDescription: ML Detect on the six cloud-side metrics',
        '+ behaviors:',
        '+   - name: num-messages-sent-ml-behavior',
        '+     metric: aws:num-messages-sent',
        '+     criteria:',
        '+       mlDetectionConfig:',
        '+         confidenceLevel: HIGH',
        '+     suppressAlerts: false'
      ].join('\n')
    )
    // The comparison's defaults (consecutive datapoints, exportMetric) are not what the file says.
    expect(md).not.toMatch(/exportMetric|"metric"/)
    expect(md).toMatchSnapshot('markdown')
    expect(text).toMatchSnapshot('text')
  })

  test('a field-level update: - old and + new lines under their parent keys', () => {
    const before = demo
    const after = edited(demo, (f) => {
      const ml = profileOf(f, 'ML_Detect_profile')
      ml.behaviors![0]!.criteria!.mlDetectionConfig!.confidenceLevel = 'MEDIUM'
      ml.behaviors!.push({
        name: 'big-messages-rule',
        metric: 'aws:message-byte-size',
        criteria: { comparisonOperator: 'greater-than', value: { count: 4096 } }
      })
      const rules = profileOf(f, 'Rules_flood_profile')
      delete rules.behaviors![3]!.criteria!.consecutiveDatapointsToAlarm
      rules.alertTargets!.SNS!.alertTargetArn =
        'arn:aws:sns:eu-west-1:123456789012:device-defender-alerts-for-the-production-fleet-in-europe'
      f.scheduledAudits![0]!.targetCheckNames = [
        'DEVICE_CERTIFICATE_SHARED_CHECK',
        'DEVICE_CERTIFICATE_EXPIRING_CHECK',
        'IOT_POLICY_OVERLY_PERMISSIVE_CHECK'
      ]
    })
    const plan = diff(desiredState(after, ID), applied(desiredState(before, ID)), { prune: false })
    const { md, text } = rendered(plan)
    expect(md).toContain(
      [
        '```diff',
        '  behaviors:',
        '    - name: num-messages-sent-ml-behavior',
        '      criteria:',
        '        mlDetectionConfig:',
        '-         confidenceLevel: HIGH',
        '+         confidenceLevel: MEDIUM',
        '+   - name: big-messages-rule',
        '+     metric: aws:message-byte-size',
        '+     criteria:',
        '+       comparisonOperator: greater-than',
        '+       value:',
        '+         count: 4096',
        '```'
      ].join('\n')
    )
    // A value the file no longer says is AWS's default, shown as such.
    expect(md).toContain('+       consecutiveDatapointsToAlarm: 1  # AWS default')
    // A list keeps its unchanged items as context.
    expect(md).toContain(
      '  targetCheckNames:\n    - DEVICE_CERTIFICATE_EXPIRING_CHECK\n    - DEVICE_CERTIFICATE_SHARED_CHECK\n+   - IOT_POLICY_OVERLY_PERMISSIVE_CHECK'
    )
    expect(md).toMatchSnapshot('markdown')
    expect(text).toMatchSnapshot('text')
  })

  test('a removed behavior: - lines of what the account held, without the defaults AWS stores', () => {
    const next = edited(demo, (f) => {
      profileOf(f, 'Rules_flood_profile').behaviors!.splice(0, 1)
    })
    const plan = diff(desiredState(next, ID), applied(desiredState(demo, ID)), { prune: false })
    const { md, text } = rendered(plan)
    expect(md).toContain(
      [
        '```diff',
        '  behaviors:',
        '-   - name: big-messages',
        '-     metric: aws:message-byte-size',
        '-     criteria:',
        '-       comparisonOperator: less-than-equals',
        '-       value:',
        '-         count: 1024',
        '```'
      ].join('\n')
    )
    expect(text).toMatchSnapshot('text')
  })

  test('drift: console edits of targets, tags and a description, listed apart', () => {
    const desired = desiredState(demo, ID)
    const actual = applied(desired)
    const ml = actual.resources.find((r) => r.name === 'ML_Detect_profile')!
    ml.targets = ['all/registered-things', 'thinggroup/anom_group']
    ml.tags = { team: 'someone-else', 'cost-center': '42' }
    ml.spec.securityProfileDescription = 'edited in the console'
    const plan = diff(desired, actual, { prune: false })
    const { md, text } = rendered(plan)
    expect(md).toContain(
      [
        '- securityProfileDescription: edited in the console',
        '+ securityProfileDescription: ML Detect on the six cloud-side metrics',
        '  targets:',
        '    - anom_group',
        '-   - all/registered-things',
        '  tags:',
        '-   - { Key: cost-center, Value: "42" }',
        '-   - { Key: team, Value: someone-else }',
        '+   - { Key: team, Value: iot-security }'
      ].join('\n')
    )
    expect(md).toContain(
      "### Drift\nChanged in the account since ddac applied the file (console or API edits); apply puts the file's state back:\n\n- security profile `ML_Detect_profile`: `securityProfileDescription`, targets, tags\n"
    )
    expect(md).toMatchSnapshot('markdown')
    expect(text).toMatchSnapshot('text')
  })

  test('a delete with prune: the name in red, with the warning', () => {
    const desired = desiredState(demo, ID)
    const next = edited(demo, (f) => {
      f.securityProfiles = f.securityProfiles!.filter(
        (p) => p.securityProfileName !== 'Rules_flood_profile'
      )
      delete f.mitigationActions
    })
    const plan = diff(desiredState(next, ID), applied(desired), { prune: true })
    const { md, text } = rendered(plan)
    expect(md).toContain('```diff\n- securityProfileName: Rules_flood_profile\n```')
    expect(md).toContain('left the file and is deleted (prune)')
    expect(md).toMatchSnapshot('markdown')
    expect(text).toMatchSnapshot('text')
  })

  test('a refused plan: says so first, still shows the diff, and counts the other file’s resources as its', () => {
    const other = 'octo/other:device-defender.yml'
    const mine = edited(demo, (f) => {
      profileOf(f, 'ML_Detect_profile').behaviors![0]!.suppressAlerts = true
      delete f.mitigationActions
      delete f.auditConfiguration
    })
    const plan = diff(desiredState(mine, ID), applied(desiredState(demo, ID), other), {
      prune: false
    })
    const { md, text } = rendered(plan)
    expect(md.split('\n')[0]).toMatch(
      /^## ⛔ ddac plan: refused \(3 resources managed by another file\)/
    )
    expect(md).toContain('+     suppressAlerts: true')
    expect(md).toContain('Managed by another file, ignored (1)')
    expect(text).toContain('· 1 resource managed by another file, ignored: mitigation action')
    expect(md).toMatchSnapshot('markdown')
    expect(text).toMatchSnapshot('text')
  })

  test('long names and values are shortened in the middle, never wider than the summary', () => {
    const long = `ML_${'very_long_profile_name_'.repeat(5)}end`
    const file = edited(demo, (f) => {
      profileOf(f, 'ML_Detect_profile').securityProfileName = long
      profileOf(f, 'Rules_flood_profile').alertTargets!.SNS!.roleArn =
        `arn:aws:iam::123456789012:role/${'service-role/'.repeat(8)}DeviceDefenderSnsRole`
    })
    const { md } = rendered(diff(desiredState(file, ID), { resources: [] }, { prune: false }))
    expect(md).toContain(
      '| 🟢 create | security profile | `ML_very_long_profile_nam…rofile_name_end` |'
    )
    expect(md).toMatch(
      /^\+ {7}arn:aws:iam::123456789012:role\/service-.*….*-role\/DeviceDefenderSnsRole$/m
    )
  })
})
