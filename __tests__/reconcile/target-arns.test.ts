/**
 * A target ARN of another account or region names a group ddac cannot attach to: before, plan mapped it onto
 * the same-named group here and apply attached the profile to it. Through the real SDK against the emulator.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import {
  CreateSecurityProfileCommand,
  CreateThingGroupCommand,
  ListSecurityProfilesCommand
} from '@aws-sdk/client-iot'
import { applyCommand, planCommand } from '../../src/commands/reconcile.js'
import { account, ID, profile, type Account } from './helpers.js'

const file = (target: string) =>
  profile(`version: 1
securityProfiles:
  - securityProfileName: Rules_flood_profile
    targets: ['${target}']
    behaviors:
      - name: message-flood
        metric: aws:num-messages-sent
        criteria: { comparisonOperator: greater-than, value: { count: 100 }, durationSeconds: 300 }
`)

describe('a security profile target given as an ARN', () => {
  let a: Account
  let arn: (region: string, account: string, resource?: string) => string
  beforeEach(async () => {
    a = await account()
    arn = (region, acct, resource = 'thinggroup/anom_group') =>
      `arn:aws:iot:${region}:${acct}:${resource}`
    await a.iot.send(new CreateThingGroupCommand({ thingGroupName: 'anom_group' }))
  })
  afterEach(() => a.close())

  const input = (target: string) => ({
    iot: a.iot,
    profile: file(target),
    identity: ID,
    prune: false
  })

  test('of this account and region is attached as the group it names', async () => {
    const { plan } = await planCommand(input(arn(a.emu.region, a.emu.account)))
    const change = plan.changes.find((c) => c.kind === 'securityProfile')!
    expect(change.targets.attach).toEqual(['thinggroup/anom_group'])
  })

  test('of another account: plan and apply refuse it, naming both accounts, and nothing is written', async () => {
    const foreign = arn(a.emu.region, '999999999999')
    await expect(planCommand(input(foreign))).rejects.toThrow(
      `security profile Rules_flood_profile: target ${foreign} is not the thing group anom_group of this account (${arn(a.emu.region, a.emu.account)})`
    )
    await expect(applyCommand(input(foreign))).rejects.toThrow('the plan is refused')
    const listed = await a.iot.send(new ListSecurityProfilesCommand({}))
    expect(listed.securityProfileIdentifiers ?? []).toEqual([])
  })

  test('of another region is refused, naming both regions', async () => {
    const foreign = arn('eu-west-1', a.emu.account)
    await expect(planCommand(input(foreign))).rejects.toThrow(
      `target ${foreign} is in eu-west-1, but this plan is for ${a.emu.region}`
    )
  })

  test('of another account, for a group that does not exist here: the account read from other ARNs', async () => {
    await a.iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'someone-elses' }))
    const foreign = arn(a.emu.region, '999999999999', 'thinggroup/new_group')
    await expect(planCommand(input(foreign))).rejects.toThrow(
      `target ${foreign} is in account 999999999999, but this plan is for account ${a.emu.account}`
    )
  })

  test('an account target of another account is refused too', async () => {
    await a.iot.send(new CreateSecurityProfileCommand({ securityProfileName: 'someone-elses' }))
    const foreign = arn(a.emu.region, '999999999999', 'all/registered-things')
    await expect(planCommand(input(foreign))).rejects.toThrow('is in account 999999999999')
  })
})

describe('in an account that holds nothing showing its id', () => {
  test('an ARN for a group not there yet is refused: write the name instead', async () => {
    const a = await account()
    try {
      const target = `arn:aws:iot:${a.emu.region}:${a.emu.account}:thinggroup/new_group`
      await expect(
        planCommand({ iot: a.iot, profile: file(target), identity: ID, prune: false })
      ).rejects.toThrow('write new_group instead of the ARN')
    } finally {
      await a.close()
    }
  })
})
