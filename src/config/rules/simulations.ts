/** Simulations: what they expect must exist in the file and be able to happen. */
import { parseDuration } from '../duration.js'
import { targetKey } from './targets.js'
import { error, warning, type Problem } from '../problems.js'
import { didYouMean } from '../suggest.js'
import { entries, isObj, items, str, type FileIndex } from './context.js'
import type { Path } from '../problems.js'

/** Account targets under which every registered (simulated) thing is evaluated. */
const COVERS_ALL = new Set(['all/things', 'all/registered-things'])

/** The fields each scenario reads (besides name, scenario, things, thingGroup and expect). */
const SCENARIO_FIELDS: Readonly<Record<string, readonly string[]>> = {
  anomaly: ['topic', 'messageSize', 'count', 'interval'],
  baseline: ['topic', 'messageSize', 'count', 'interval', 'duration'],
  'auth-failures': ['topic', 'count', 'interval'],
  'connection-churn': ['count', 'interval'],
  disconnects: ['count', 'interval'],
  'shared-certificate': ['hold']
}
const TRAFFIC_FIELDS = ['topic', 'messageSize', 'count', 'interval', 'duration', 'hold']
/** AWS IoT caps one connection at 100 publishes per second. */
const MIN_PUBLISH_INTERVAL_MS = 10

export function checkSimulations(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  for (const { item: sim, path } of entries(index.file, 'simulations')) {
    const used = typeof sim.scenario === 'string' ? SCENARIO_FIELDS[sim.scenario] : undefined
    for (const field of used
      ? TRAFFIC_FIELDS.filter((f) => sim[f] !== undefined && !used.includes(f))
      : [])
      problems.push(
        warning(
          'simulation/unused-field',
          [...path, field],
          `${field} does nothing for scenario ${String(sim.scenario)}; it reads ${used!.join(', ')}`,
          'key'
        )
      )
    const every = parseDuration(sim.interval)
    if (every !== undefined && every < MIN_PUBLISH_INTERVAL_MS && used?.includes('messageSize'))
      problems.push(
        warning(
          'simulation/publish-rate',
          [...path, 'interval'],
          `one publish every ${String(sim.interval)} is more than the 100 publishes per second AWS IoT allows one connection; AWS would throttle it`
        )
      )
    const expect = isObj(sim.expect) ? sim.expect : undefined
    const things = typeof sim.things === 'number' ? sim.things : 1
    if (sim.scenario === 'shared-certificate' && things < 2) {
      problems.push(
        error(
          'simulation/shared-certificate',
          sim.things === undefined ? path : [...path, 'things'],
          'a shared-certificate simulation needs things: 2 or more (one certificate, several things connecting at once)',
          sim.things === undefined ? 'key' : 'value'
        )
      )
    }
    if (!expect) continue
    const ePath = [...path, 'expect']
    if (Array.isArray(expect.violations) && expect.noViolations === true) {
      problems.push(
        error(
          'simulation/expect-conflict',
          [...ePath, 'noViolations'],
          'expect either violations or noViolations, not both',
          'key'
        )
      )
    }
    const group = str(sim.thingGroup)
    for (const { item: v, path: vPath } of items(expect.violations, [...ePath, 'violations'])) {
      const profileName = str(v.securityProfileName)
      const behaviorName = str(v.behaviorName)
      if (!profileName) continue
      const profile = index.profiles.get(profileName)
      if (!profile) {
        problems.push(
          error(
            'simulation/unknown-profile',
            [...vPath, 'securityProfileName'],
            `security profile "${profileName}" is not declared in securityProfiles${didYouMean(profileName, index.profiles.keys())}`
          )
        )
        continue
      }
      if (behaviorName) {
        const behavior = profile.behaviors.get(behaviorName)
        if (!behavior) {
          problems.push(
            error(
              'simulation/unknown-behavior',
              [...vPath, 'behaviorName'],
              `profile "${profileName}" has no behavior "${behaviorName}"${didYouMean(behaviorName, profile.behaviors.keys())}`
            )
          )
        } else if (isObj(behavior.criteria) && behavior.criteria.mlDetectionConfig !== undefined) {
          problems.push(
            warning(
              'simulation/ml-expectation',
              [...vPath, 'behaviorName'],
              `"${behaviorName}" is an ML Detect behavior: it alarms only once its model is ACTIVE (14 days and 25,000 datapoints per metric), so a fresh profile cannot meet this; expect a rules-based behavior in pull requests`
            )
          )
        }
      }
      const mitigation = str(v.mitigationAction)
      if (mitigation)
        problems.push(...checkMitigation(index, mitigation, [...vPath, 'mitigationAction']))
      const targets = Array.isArray(profile.item.targets)
        ? profile.item.targets.filter((t): t is string => typeof t === 'string')
        : []
      const keys = new Set(targets.map(targetKey))
      const covered =
        [...keys].some((k) => k !== undefined && COVERS_ALL.has(k)) ||
        (group !== undefined && keys.has(`thinggroup/${group}`))
      if (!covered) {
        const where = group
          ? `thing group "${group}"`
          : 'the simulated things (the simulation names no thingGroup)'
        problems.push(
          error(
            'simulation/not-targeted',
            [...vPath, 'securityProfileName'],
            `security profile "${profileName}" is not attached to ${where}; its targets are ${targets.length ? targets.join(', ') : 'none'}, so it would never evaluate these devices`
          )
        )
      }
    }
    items(expect.auditFindings, [...ePath, 'auditFindings']).forEach(({ item: f, path: fPath }) => {
      const check = str(f.checkName)
      if (!check) return
      if (!index.enabledChecks) {
        problems.push(
          warning(
            'simulation/audit-check-enabled',
            [...fPath, 'checkName'],
            `the file has no auditConfiguration, so ddac cannot tell whether ${check} is enabled; an audit reports only enabled checks`
          )
        )
      } else if (!index.enabledChecks.has(check)) {
        problems.push(
          error(
            'simulation/audit-check-enabled',
            [...fPath, 'checkName'],
            `${check} is not enabled in auditConfiguration.auditCheckConfigurations, so no audit would report it`
          )
        )
      }
    })
  }
  return problems
}

/** Detect runs only ADD_THINGS_TO_THING_GROUP actions on violations (dd-mitigation-actions.md). */
function checkMitigation(index: FileIndex, name: string, path: Path): Problem[] {
  const declared = entries(index.file, 'mitigationActions').map(({ item }) => item)
  const action = declared.find((a) => a.actionName === name)
  if (!action)
    return [
      error(
        'simulation/unknown-mitigation',
        path,
        `mitigation action "${name}" is not declared in mitigationActions${didYouMean(
          name,
          declared.flatMap((a) => str(a.actionName) ?? [])
        )}`
      )
    ]
  const params = isObj(action.actionParams) ? action.actionParams : {}
  return params.addThingsToThingGroupParams === undefined
    ? [
        error(
          'simulation/mitigation-type',
          path,
          `mitigation action "${name}" is not an ADD_THINGS_TO_THING_GROUP action, the only kind Detect runs on violations`
        )
      ]
    : []
}
