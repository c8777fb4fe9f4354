/** Mitigation action parameters and the ARNs anywhere in the file (IAM roles, SNS topics). */
import { structure } from '../../model/iot-model.js'
import { error, type Path, type Problem } from '../problems.js'
import { entries, isObj, type FileIndex } from './context.js'

const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
const SNS_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]{1,256}(\.fifo)?$/
const ROLE_KEYS = new Set(['roleArn', 'roleArnForLogging'])
const SNS_KEYS = new Set(['alertTargetArn', 'targetArn', 'topicArn'])

export function checkArns(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  walk(index.file, [], (key, value, path) => {
    if (typeof value !== 'string' || path[0] === 'simulations') return
    if (ROLE_KEYS.has(key) && !ROLE_ARN.test(value)) {
      problems.push(
        error(
          'arn/role',
          path,
          `"${value}" is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)`
        )
      )
    } else if (SNS_KEYS.has(key) && !SNS_ARN.test(value)) {
      problems.push(
        error(
          'arn/sns',
          path,
          `"${value}" is not an SNS topic ARN (arn:aws:sns:<region>:<account>:<topic>)`
        )
      )
    }
  })
  return problems
}

function walk(
  node: unknown,
  path: Path,
  visit: (key: string, value: unknown, path: Path) => void
): void {
  if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i], visit))
  else if (isObj(node))
    for (const [k, v] of Object.entries(node)) {
      visit(k, v, [...path, k])
      walk(v, [...path, k], visit)
    }
}

/** Which `actionParams` member makes which action type: the model's MitigationActionParams members. */
const PARAM_MEMBERS = Object.keys(structure('MitigationActionParams').members)

export function checkMitigationActions(index: FileIndex): Problem[] {
  const problems: Problem[] = []
  for (const { item, path } of entries(index.file, 'mitigationActions')) {
    if (!isObj(item.actionParams)) continue
    // In the file's order, so a second action is reported where it is written.
    const params = item.actionParams
    const set = Object.keys(params).filter(
      (m) => PARAM_MEMBERS.includes(m) && params[m] !== undefined
    )
    const pPath = [...path, 'actionParams']
    if (set.length === 0) {
      problems.push(
        error(
          'mitigation/params',
          pPath,
          `actionParams sets no action; set exactly one of ${PARAM_MEMBERS.join(', ')}`,
          'key'
        )
      )
    } else if (set.length > 1) {
      problems.push(
        error(
          'mitigation/params',
          [...pPath, set[1]!],
          `actionParams sets ${set.join(' and ')}; a mitigation action does one thing, so set exactly one`,
          'key'
        )
      )
    }
  }
  return problems
}
