/**
 * A target written as an ARN names one account and region, but targets are keyed by what follows the
 * account (`thinggroup/<name>`), so an ARN of another account or region would be attached to a same-named
 * group here. Validate cannot know the account; plan reads it from the ARNs it reads back, and refuses.
 */
import type { ProfileFile } from '../config/file-format.js'
import type { ActualState } from '../resources/types.js'

const ARN = /^arn:([^:]+):iot:([^:]*):(\d{12}):(.+)$/

/** Why each ARN target of the file cannot be this account's, in the plan's region; empty when all can. */
export function foreignTargets(file: ProfileFile, actual: ActualState, region: string): string[] {
  const arns = new Map<string, string>() // what follows the account in an ARN (thinggroup/<name>) → the ARN here
  let account: string | undefined
  for (const r of actual.resources) {
    const m = r.arn ? ARN.exec(r.arn) : null
    if (!m) continue
    account ??= m[3]
    arns.set(m[4]!, r.arn!)
  }
  const problems: string[] = []
  for (const p of file.securityProfiles ?? []) {
    for (const target of p.targets ?? []) {
      const m = ARN.exec(target)
      if (!m) continue
      const [, , targetRegion, targetAccount, resource] = m
      const group = resource!.startsWith('thinggroup/')
        ? resource!.slice('thinggroup/'.length)
        : undefined
      const here = group === undefined ? undefined : arns.get(resource!)
      const where = `security profile ${p.securityProfileName}: target ${target}`
      if (targetRegion !== region)
        problems.push(
          `${where} is in ${targetRegion}, but this plan is for ${region}; a profile targets groups of its own region`
        )
      else if (here !== undefined && here !== target)
        problems.push(
          `${where} is not the thing group ${group} of this account (${here}); write the group's name, or plan against account ${targetAccount}`
        )
      else if (here === undefined && account !== undefined && account !== targetAccount)
        problems.push(
          `${where} is in account ${targetAccount}, but this plan is for account ${account}; a profile targets groups of its own account`
        )
      else if (here === undefined && account === undefined)
        problems.push(
          `${where}: the account holds nothing yet that shows its account id, so ddac cannot tell whether the ARN is this account's; write ${group ?? resource} instead of the ARN`
        )
    }
  }
  return problems
}
