/**
 * The JSON Schema of the profile file, generated from the AWS IoT API model: every resource entry is its
 * Create request shape (required members, lengths, ranges, patterns, enums, docs) with a few annotations the
 * model lacks (audit check names, metric names). The same object validates files at run time and is
 * published as `schema/device-defender.schema.json` for editors.
 */
import { AUDIT_CHECK_NAMES } from '../model/catalog/audit-checks.js'
import { AWS_METRICS } from '../model/catalog/metrics.js'
import {
  ACCOUNT_TARGETS,
  AUDIT_CONFIGURATION_REQUEST,
  ENTRY_KINDS,
  FILE_VERSION,
  SCENARIOS
} from './file-format.js'
import {
  iotModel,
  jsPattern,
  operationDoc,
  shape,
  shapeDoc,
  structure
} from '../model/iot-model.js'

export type JsonSchema = Record<string, unknown>

export const SCHEMA_ID =
  'https://raw.githubusercontent.com/ddac-dev/ddac/main/schema/device-defender.schema.json'
/** An Integer in the API model is 32-bit. */
export const INT32_MIN = -(2 ** 31)
export const INT32_MAX = 2 ** 31 - 1
export const DURATION_PATTERN = '^[0-9]+(ms|s|m|h)$'

/** Shapes whose model type is a bare string but whose values are a known set. */
const ANNOTATIONS: Record<string, JsonSchema> = {
  AuditCheckName: { enum: AUDIT_CHECK_NAMES },
  BehaviorMetric: { examples: AWS_METRICS.map((m) => m.name) }
}

class SchemaBuilder {
  readonly definitions: Record<string, JsonSchema> = {}

  ref(shapeName: string): JsonSchema {
    if (!(shapeName in this.definitions)) {
      this.definitions[shapeName] = {} // placeholder breaks recursion
      this.definitions[shapeName] = this.convert(shapeName)
    }
    return { $ref: `#/definitions/${shapeName}` }
  }

  /** A structure shape as an object schema, optionally without some members and with extra properties. */
  object(
    shapeName: string,
    omit: readonly string[] = [],
    extra: Record<string, JsonSchema> = {}
  ): JsonSchema {
    const s = structure(shapeName)
    const properties: Record<string, JsonSchema> = {}
    const required: string[] = []
    for (const [member, spec] of Object.entries(s.members)) {
      if (omit.includes(member)) continue
      const doc = shapeDoc(shapeName, member)
      properties[member] = {
        ...this.ref(spec.t),
        ...(doc ? { description: doc } : {}),
        ...(spec.default !== undefined ? { default: spec.default } : {}),
        ...(spec.deprecated
          ? { deprecated: true, description: `Deprecated: ${spec.deprecated} ${doc ?? ''}`.trim() }
          : {})
      }
      if (spec.req) required.push(member)
    }
    Object.assign(properties, extra)
    const doc = shapeDoc(shapeName)
    return {
      type: 'object',
      ...(doc ? { description: doc } : {}),
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false
    }
  }

  private convert(name: string): JsonSchema {
    const s = shape(name)
    const annotation = ANNOTATIONS[name] ?? {}
    switch (s.type) {
      case 'structure':
        return this.object(name)
      case 'list':
        return { type: 'array', items: this.ref(s.member), ...bounds(s, 'Items') }
      case 'map': {
        const key = shape(s.key)
        const keyEnum =
          key.type === 'enum' ? key.values : (ANNOTATIONS[s.key]?.enum as string[] | undefined)
        if (keyEnum) {
          // Known keys as properties, so editors offer them and unknown ones get a "did you mean".
          const value = this.ref(s.value)
          return {
            type: 'object',
            properties: Object.fromEntries(keyEnum.map((k) => [k, value])),
            additionalProperties: false,
            ...bounds(s, 'Properties')
          }
        }
        return {
          type: 'object',
          propertyNames: this.keySchema(s.key),
          additionalProperties: this.ref(s.value),
          ...bounds(s, 'Properties')
        }
      }
      case 'string':
        return {
          type: 'string',
          ...bounds(s, 'Length'),
          ...(s.pattern ? { pattern: jsPattern(s.pattern) } : {}),
          ...annotation
        }
      case 'enum':
        return { type: 'string', enum: s.values }
      case 'integer':
        return { type: 'integer', ...range({ rmin: INT32_MIN, rmax: INT32_MAX, ...s }) }
      case 'long':
        // A Long past 2^53 would be sent rounded (JSON numbers are doubles here), then read back as equal.
        return {
          type: 'integer',
          ...range({ rmin: -Number.MAX_SAFE_INTEGER, rmax: Number.MAX_SAFE_INTEGER, ...s })
        }
      case 'double':
      case 'float':
        return { type: 'number', ...range(s) }
      case 'boolean':
        return { type: 'boolean' }
      case 'timestamp':
        return { type: 'number' }
    }
  }

  private keySchema(name: string): JsonSchema {
    const s = shape(name)
    if (s.type === 'string')
      return { ...bounds(s, 'Length'), ...(s.pattern ? { pattern: jsPattern(s.pattern) } : {}) }
    return {}
  }
}

function bounds(
  s: { min?: number; max?: number },
  suffix: 'Items' | 'Length' | 'Properties'
): JsonSchema {
  return {
    ...(s.min !== undefined && s.min > 0 ? { [`min${suffix}`]: s.min } : {}),
    ...(s.max !== undefined ? { [`max${suffix}`]: s.max } : {})
  }
}

function range(s: { rmin?: number; rmax?: number }): JsonSchema {
  return {
    ...(s.rmin !== undefined ? { minimum: s.rmin } : {}),
    ...(s.rmax !== undefined ? { maximum: s.rmax } : {})
  }
}

function simulationSchema(b: SchemaBuilder): JsonSchema {
  const duration = (description: string): JsonSchema => ({
    type: 'string',
    pattern: DURATION_PATTERN,
    description
  })
  return {
    type: 'object',
    description:
      'A device simulation: provision things, produce traffic, then check what Device Defender reports.',
    required: ['name', 'scenario'],
    additionalProperties: false,
    properties: {
      name: {
        type: 'string',
        pattern: '^[a-zA-Z0-9_-]{1,64}$',
        description: 'Unique name of the simulation.'
      },
      scenario: {
        type: 'string',
        enum: [...SCENARIOS],
        description: 'What the simulated devices do.'
      },
      things: {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        default: 1,
        description:
          'Fleet size; each thing gets its own certificate (one process holds 1,000; shard larger fleets).'
      },
      thingGroup: {
        ...b.ref('ThingGroupName'),
        description: 'Thing group the simulated things join (a security profile target).'
      },
      topic: {
        type: 'string',
        minLength: 1,
        maxLength: 256,
        pattern: '^[^#+]+$',
        description: 'MQTT topic to publish on (no wildcards).'
      },
      messageSize: {
        type: 'integer',
        minimum: 0,
        maximum: 131072,
        description: 'Payload bytes per message (AWS IoT allows 128 KB).'
      },
      count: {
        type: 'integer',
        minimum: 1,
        maximum: 1000000,
        description: 'Messages (or connections) per thing.'
      },
      interval: duration(
        'Time between one step and the next per thing (a message, a denied publish, a connection), e.g. 250ms.'
      ),
      duration: duration('baseline: how long the steady traffic runs (default 5m).'),
      hold: duration(
        'shared-certificate: how long the things stay connected together (default 5m; AWS records connections older than about 2 hours for its audit).'
      ),
      expect: {
        type: 'object',
        additionalProperties: false,
        description: 'What must (or must not) happen.',
        properties: {
          violations: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['securityProfileName', 'behaviorName'],
              additionalProperties: false,
              properties: {
                securityProfileName: b.ref('SecurityProfileName'),
                behaviorName: b.ref('BehaviorName'),
                thingName: {
                  type: 'string',
                  minLength: 1,
                  description:
                    "One of the simulation's things, by number (1 is the first) or full name."
                },
                mitigationAction: {
                  ...b.ref('MitigationActionName'),
                  description:
                    'An ADD_THINGS_TO_THING_GROUP mitigation action of this file to run on the violations found; ddac checks the things land in its groups.'
                }
              }
            }
          },
          noViolations: {
            type: 'boolean',
            description: 'A false-positive check: no behavior may alarm.'
          },
          auditFindings: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['checkName'],
              additionalProperties: false,
              properties: { checkName: b.ref('AuditCheckName') }
            }
          },
          timeout: duration('How long to wait for the expectation, e.g. 20m.')
        }
      }
    }
  }
}

const IGNORED_DOC =
  'Set by AWS or by ddac: accepted so describe output or a CLI skeleton can be pasted, and ignored.'

/**
 * Members that `aws iot describe-…` prints, or a `--generate-cli-skeleton` holds, that the file does not set:
 * the ones AWS reports (ARNs, versions, dates) and the ones ddac fills in (idempotency tokens).
 */
export function ignoredMembers(request: string, omit: readonly string[] = []): string[] {
  const describe = request.replace(/^(Create|Update)/, 'Describe').replace(/Request$/, 'Response')
  const taken = structure(request).members
  const reported = iotModel.shapes[describe]
    ? Object.keys(structure(describe).members).filter((m) => !(m in taken))
    : []
  return [...omit, ...reported]
}

export function buildProfileSchema(): JsonSchema {
  const b = new SchemaBuilder()
  const list = (items: JsonSchema, description: string): JsonSchema => ({
    type: 'array',
    items,
    description
  })
  const properties: Record<string, JsonSchema> = {
    $schema: { type: 'string' },
    version: { const: FILE_VERSION, description: 'Version of the profile file format.' },
    identity: {
      ...b.ref('TagValue'),
      type: 'string',
      minLength: 1,
      description:
        'What marks the resources this file manages (their ddac:managed-by tag). Default: <owner>/<repo>:<path of the file>. import writes it, so the file plans the same wherever it is saved.'
    }
  }
  for (const kind of ENTRY_KINDS) {
    const extra: Record<string, JsonSchema> =
      kind.key === 'securityProfiles'
        ? {
            targets: {
              type: 'array',
              description: `Where the profile is attached: thing group names, ${ACCOUNT_TARGETS.join(', ')}, or full target ARNs.`,
              items: { type: 'string', minLength: 1, examples: [...ACCOUNT_TARGETS] }
            }
          }
        : {}
    const operation = kind.request.replace(/Request$/, '')
    const doc = `${kind.label}s, each as the ${operation} request takes it (${operationDoc(operation) ?? ''})`
    const ignored = Object.fromEntries(
      ignoredMembers(kind.request, kind.omit).map((m) => [m, { description: IGNORED_DOC }])
    )
    properties[kind.key] = list(b.object(kind.request, kind.omit, { ...ignored, ...extra }), doc)
  }
  properties.auditConfiguration = {
    ...b.object(AUDIT_CONFIGURATION_REQUEST),
    description:
      'The account audit configuration (account-wide): role, notification targets and enabled checks.'
  }
  properties.simulations = list(
    simulationSchema(b),
    'Device simulations and the violations or findings they must produce.'
  )
  properties.acceptedFindings = list(
    {
      type: 'object',
      required: ['checkName', 'reason', 'expires'],
      additionalProperties: false,
      properties: {
        checkName: b.ref('AuditCheckName'),
        resource: {
          type: 'string',
          minLength: 1,
          description:
            'The non-compliant resource the finding names (a certificate id, client id, policy name, role alias …); absent: every finding of the check.'
        },
        reason: { type: 'string', minLength: 1, description: 'Why this finding is accepted.' },
        expires: {
          type: 'string',
          pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
          description: 'The day (YYYY-MM-DD, UTC) after which the finding counts again.'
        }
      }
    },
    'Audit findings the team accepts for now: `audit` does not fail on them until they expire.'
  )
  properties.external = {
    type: 'object',
    additionalProperties: false,
    description: 'Resources the file references but does not manage (created elsewhere).',
    properties: {
      customMetrics: { type: 'array', items: b.ref('MetricName') },
      dimensions: { type: 'array', items: b.ref('DimensionName') }
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'ddac profile file (AWS IoT Device Defender as code)',
    type: 'object',
    required: ['version'],
    additionalProperties: false,
    properties,
    definitions: Object.fromEntries(
      Object.entries(b.definitions).sort(([a], [b2]) => a.localeCompare(b2))
    )
  }
}
