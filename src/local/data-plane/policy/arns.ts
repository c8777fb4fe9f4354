/**
 * The resource ARNs AWS IoT Core authorizes MQTT actions against ("AWS IoT Core policy actions"): Connect on the
 * client id, Publish / Receive / RetainPublish on the topic name, Subscribe on the topic filter exactly as the
 * client wrote it (its `+` and `#` included); the shadow and job-execution actions on the thing.
 */

export interface ArnScope {
  region: string
  account: string
}

function arn(scope: ArnScope, kind: string, name: string): string {
  return `arn:aws:iot:${scope.region}:${scope.account}:${kind}/${name}`
}

export function clientArn(scope: ArnScope, clientId: string): string {
  return arn(scope, 'client', clientId)
}

export function topicArn(scope: ArnScope, topic: string): string {
  return arn(scope, 'topic', topic)
}

export function topicFilterArn(scope: ArnScope, filter: string): string {
  return arn(scope, 'topicfilter', filter)
}

export function thingArn(scope: ArnScope, thingName: string): string {
  return arn(scope, 'thing', thingName)
}
