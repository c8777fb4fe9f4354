/**
 * The OIDC trust policies in examples/iam let each example workflow's job assume the role it names, and no
 * more: the subject (`sub`) GitHub puts in a job's token is what the policy allows, and a pull request can never
 * assume the apply role.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

interface Job {
  environment?: string | { name: string }
  steps: { uses?: string; with?: Record<string, string> }[]
}
interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, Job>
}
interface TrustPolicy {
  Statement: {
    Effect: string
    Action: string
    Condition: { StringEquals: Record<string, string | string[]> }
  }[]
}

const CLAIM = 'token.actions.githubusercontent.com'
const DIR = 'examples/workflows'

/** The subjects GitHub issues to a job: its environment if it has one, else per event (main is the default branch). */
function subjects(wf: Workflow, job: Job): string[] {
  if (job.environment)
    return [
      `environment:${typeof job.environment === 'string' ? job.environment : job.environment.name}`
    ]
  return Object.keys(wf.on).map((event) =>
    event === 'pull_request' ? 'pull_request' : 'ref:refs/heads/main'
  )
}

function trusted(role: string): string[] {
  const policy = JSON.parse(
    readFileSync(`examples/iam/${role}-trust-policy.json`, 'utf8')
  ) as TrustPolicy
  return policy.Statement.flatMap((s) => {
    expect(s).toMatchObject({ Effect: 'Allow', Action: 'sts:AssumeRoleWithWebIdentity' })
    expect(s.Condition.StringEquals[`${CLAIM}:aud`]).toBe('sts.amazonaws.com')
    return [s.Condition.StringEquals[`${CLAIM}:sub`] ?? []].flat()
  })
}

const assumed = readdirSync(DIR)
  .filter((f) => f.endsWith('.yml'))
  .flatMap((f) => {
    const wf = parse(readFileSync(path.join(DIR, f), 'utf8')) as Workflow
    return Object.entries(wf.jobs).flatMap(([name, job]) =>
      job.steps
        .filter((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials'))
        .map((s) => {
          const role = /:role\/(.+)$/.exec(s.with?.['role-to-assume'] ?? '')![1]!
          return [`${f} ${name}`, role, subjects(wf, job)] as const
        })
    )
  })

describe('OIDC trust policies', () => {
  test('every example job that assumes a role is covered', () => {
    expect(new Set(assumed.map(([, role]) => role))).toEqual(
      new Set(['ddac-plan', 'ddac-apply', 'ddac-simulate', 'ddac-audit'])
    )
  })

  test.each(assumed)('%s may assume %s', (_, role, subs) => {
    for (const sub of subs) expect(trusted(role)).toContain(`repo:OWNER/REPO:${sub}`)
  })

  test.each(['ddac-apply', 'ddac-simulate', 'ddac-audit'])(
    'a pull request cannot assume %s (it writes to the account)',
    (role) => {
      expect(trusted('ddac-plan')).toContain('repo:OWNER/REPO:pull_request')
      expect(
        trusted(role).filter((s) => !/:(environment:|ref:refs\/heads\/main$)/.test(s))
      ).toEqual([])
    }
  )
})
