/**
 * The pieces of a profile file the whole-loop tests share, as YAML: the seed's rule (a message over 1024
 * bytes is not normal) on a thing group, and the seed's flood into that group with what it expects.
 */

/** `securityProfiles:` with one profile, Rules, on `group`: big-messages, then `more` behaviors (YAML). */
export function rulesOn(group: string, more = ''): string {
  return `securityProfiles:
  - securityProfileName: Rules
    targets: [${group}]
    behaviors:
      - name: big-messages
        metric: aws:message-byte-size
        criteria: { comparisonOperator: less-than-equals, value: { count: 1024 }, consecutiveDatapointsToAlarm: 1 }
${more}`
}

/** A simulations entry (indented for `simulations:`): `count` 2000-byte messages into `group`, 20 ms apart. */
export function floodInto(group: string, count: number, expectYaml: string): string {
  return `  - name: flood
    scenario: anomaly
    thingGroup: ${group}
    topic: test/topic
    messageSize: 2000
    count: ${count}
    interval: 20ms
    expect:
${expectYaml}
`
}
