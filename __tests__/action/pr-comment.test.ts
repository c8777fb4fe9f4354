/**
 * The sticky pull-request comment, from the bundle started as the runner starts it, with a pull-request
 * event payload and GITHUB_API_URL pointing at a fake of GitHub's REST API.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ACTIONS_BOT, FakeGitHub } from '../helpers/fake-github.js'
import { runAction, type RunnerResult } from '../helpers/runner.js'

const ENTRY = 'dist/index.js'
const TOKEN = 'ghs_fakeToken0123456789abcdefNeverLogged'
const PR = 7
const SHA_1 = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
const SHA_2 = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
const DEMO = 'examples/device-defender.yml'
const RUN_URL = 'https://github.com/octo/fleet/actions/runs/4242'

let gh: FakeGitHub
beforeEach(async () => {
  gh = await new FakeGitHub().start()
})
afterEach(() => gh.stop())

function event(name: string, payload: object): Record<string, string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ddac-event-')), 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: 'octo/fleet',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242'
  }
}

const pullRequest = (sha = SHA_1, name = 'pull_request'): Record<string, string> =>
  event(name, {
    number: PR,
    pull_request: { number: PR, head: { sha } },
    repository: { name: 'fleet', owner: { login: 'octo' } }
  })

function step(
  inputs: Record<string, string>,
  env: Record<string, string>,
  cwd?: string
): Promise<RunnerResult> {
  return runAction(
    ENTRY,
    { config: DEMO, 'github-token': TOKEN, comment: 'always', ...inputs },
    { env, ...(cwd ? { cwd } : {}) }
  )
}

const writes = (): string[] =>
  gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => r.method)
const warnings = (r: RunnerResult): string[] =>
  r.stdout.split('\n').filter((l) => l.startsWith('::warning'))

function expectNoSecret(r: RunnerResult): void {
  for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)])
    expect(text).not.toContain(TOKEN)
  for (const c of gh.comments) expect(c.body).not.toContain(TOKEN)
}

describe('the pull-request comment', () => {
  test('validate creates one comment with its report, marked with the file identity', async () => {
    const r = await step({ command: 'validate' }, pullRequest())
    expect(r.code).toBe(0)
    expect(warnings(r)).toEqual([])
    const [c, ...more] = gh.on(PR)
    expect(more).toEqual([])
    expect(c!.body.startsWith(`<!-- ddac:file "octo/fleet:${DEMO}" -->`)).toBe(true)
    expect(c!.body).toContain(`## ✅ ddac validate: ${DEMO} is valid`)
    expect(c!.body).toContain('| `ML_Detect_profile` | anom_group | 6 | 0 | 0 |')
    expect(c!.body).toContain(`Updated for \`1111111\` in [this run](${RUN_URL})`)
    expect(r.outputs['comment-url']).toBe(`https://github.com/o/r/pull/${PR}#issuecomment-${c!.id}`)
    expect(gh.requests.every((q) => q.authorization === `token ${TOKEN}`)).toBe(true)
    expectNoSecret(r)
  })

  test('plan adds its section to the same comment; a later push updates it in place', async () => {
    await step({ command: 'validate' }, pullRequest(SHA_1))
    const plan = await step({ command: 'plan', target: 'local' }, pullRequest(SHA_1))
    expect(plan.code).toBe(0)
    expect(gh.on(PR)).toHaveLength(1)
    const both = gh.on(PR)[0]!.body
    expect(both).toContain('ddac validate:')
    expect(both).toMatch(/## 📋 ddac plan: \d+ to create/)
    expect(both.indexOf('ddac validate:')).toBeLessThan(both.indexOf('ddac plan:'))
    expect(both).not.toContain('earlier commit')

    // The next push runs validate only (say its plan step is skipped): the plan is kept, folded as stale.
    const again = await step({ command: 'validate' }, pullRequest(SHA_2))
    expect(again.code).toBe(0)
    expect(writes()).toEqual(['POST', 'PATCH', 'PATCH'])
    const [c, ...more] = gh.on(PR)
    expect(more).toEqual([])
    expect(c!.body).toContain('Updated for `2222222`')
    expect(c!.body).toMatch(
      /<details><summary>⏳ <b>plan<\/b> from an earlier commit \(<a href="[^"]+">1111111<\/a>\); not run for <code>2222222<\/code><\/summary>/
    )
    expect(c!.body.match(/ddac validate:/g)).toHaveLength(1)
    expect(c!.body.match(/ddac plan:/g)).toHaveLength(1)
    expectNoSecret(again)
  })

  test('run adds its simulations and expectations to the same comment, after the plan', async () => {
    await step({ command: 'plan', target: 'local' }, pullRequest(SHA_1))
    const run = await step(
      { command: 'run', target: 'local', simulations: 'message-flood' },
      pullRequest(SHA_1)
    )
    expect(run.code).toBe(0)
    expect(warnings(run)).toEqual([])
    const [c, ...more] = gh.on(PR)
    expect(more).toEqual([])
    expect(c!.body).toContain('## ddac run ✅ passed')
    expect(c!.body).toMatch(
      /\| message-flood \| `Rules_flood_profile\/big-messages` in alarm \| ✅ met \|/
    )
    expect(c!.body).toContain('### Behavior coverage:')
    expect(c!.body.indexOf('ddac plan:')).toBeLessThan(c!.body.indexOf('ddac run'))
    expect(c!.body).not.toContain('PRIVATE KEY')
    expectNoSecret(run)
  }, 60_000)

  test('finds its comment on page 3 of 250, and ignores a copy of its marker by someone else', async () => {
    const marker = `<!-- ddac:file "octo/fleet:${DEMO}" -->`
    const someone = { login: 'mallory', type: 'User' } as const
    gh.add(PR, `${marker}\n## ✅ ddac plan: forged, no changes`, someone)
    for (let i = 0; i < 220; i++) gh.add(PR, `review comment ${i}`, { login: 'dev', type: 'User' })
    const ours = gh.add(PR, `${marker}\nold report`)
    for (let i = 0; i < 28; i++) gh.add(PR, `later comment ${i}`, ACTIONS_BOT)
    const r = await step({ command: 'validate' }, pullRequest())
    expect(r.code).toBe(0)
    expect(writes()).toEqual(['PATCH'])
    expect(gh.requests.filter((q) => q.method === 'GET').length).toBe(3)
    expect(ours.body).toContain('ddac validate:')
    expect(ours.body).not.toContain('old report')
    expect(gh.on(PR)[0]!.body).toContain('forged')
    expect(ours.body).not.toContain('forged')
  })

  test('a second profile file gets its own comment', async () => {
    await step({ command: 'validate' }, pullRequest())
    await step({ command: 'validate', config: 'examples/rules-based.yml' }, pullRequest())
    await step({ command: 'validate' }, pullRequest(SHA_2))
    const comments = gh.on(PR)
    expect(comments).toHaveLength(2)
    expect(comments[0]!.body).toContain(`ddac validate: ${DEMO} is valid`)
    expect(comments[0]!.body).toContain('Updated for `2222222`')
    expect(comments[1]!.body).toContain('ddac validate: examples/rules-based.yml is valid')
    expect(comments[1]!.body).toContain('Updated for `1111111`')
  })

  test.each([403, 404] as const)(
    'a %d (a fork’s read-only token) is a warning; the step stays green with its summary',
    async (status) => {
      gh.deny = status
      const r = await step({ command: 'validate' }, pullRequest())
      expect(r.code).toBe(0)
      expect(warnings(r)).toEqual([
        expect.stringContaining(`::warning::Could not comment on pull request #${PR} (${status}: `)
      ])
      expect(warnings(r)[0]).toContain('pull-requests: write')
      expect(r.summary).toContain(`ddac validate: ${DEMO} is valid`)
      expect(r.outputs.valid).toBe('true')
      expect(r.outputs['comment-url']).toBeUndefined()
      expectNoSecret(r)
    }
  )

  test('a failing plan still posts its report and fails the step for its own reason', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-ws-'))
    writeFileSync(path.join(dir, 'dd.yml'), 'version: 1\nsecurityProfiles:\n  - profileName: x\n')
    const r = await step({ command: 'plan', target: 'local', config: 'dd.yml' }, pullRequest(), dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('::error::')
    expect(gh.on(PR)[0]!.body).toContain('## ❌ ddac validate:')
  })

  test('on-change posts nothing when there is nothing to see, but updates an existing comment', async () => {
    const quiet = await step({ command: 'validate', comment: 'on-change' }, pullRequest())
    expect(quiet.code).toBe(0)
    expect(gh.comments).toEqual([])
    expect(writes()).toEqual([])
    expect(quiet.stdout).toContain('no changes or problems, so no comment')

    const plan = await step(
      { command: 'plan', target: 'local', comment: 'on-change' },
      pullRequest()
    )
    expect(plan.code).toBe(0)
    expect(gh.on(PR)).toHaveLength(1)
    await step({ command: 'validate', comment: 'on-change' }, pullRequest(SHA_2))
    expect(writes()).toEqual(['POST', 'PATCH'])
    expect(gh.on(PR)[0]!.body).toContain('ddac validate:')
  })

  test('an empty github-token is a warning, not a failure', async () => {
    const r = await step({ command: 'validate', 'github-token': '' }, pullRequest())
    expect(r.code).toBe(0)
    expect(warnings(r)).toEqual([expect.stringContaining('input "github-token" is empty')])
    expect(gh.requests).toEqual([])
  })

  test('never posts nothing and asks GitHub nothing', async () => {
    const r = await step({ command: 'validate', comment: 'never' }, pullRequest())
    expect(r.code).toBe(0)
    expect(gh.requests).toEqual([])
  })

  test('pull_request_target comments as pull_request does', async () => {
    const r = await step({ command: 'validate' }, pullRequest(SHA_1, 'pull_request_target'))
    expect(r.code).toBe(0)
    expect(gh.on(PR)).toHaveLength(1)
  })

  test.each(['push', 'schedule', 'workflow_dispatch'])(
    'a %s run sends nothing to GitHub and warns about nothing',
    async (name) => {
      const r = await step({ command: 'validate' }, event(name, { ref: 'refs/heads/main' }))
      expect(r.code).toBe(0)
      expect(warnings(r)).toEqual([])
      expect(gh.requests).toEqual([])
      expect(r.outputs['comment-url']).toBeUndefined()
    }
  )

  test('a report over the comment limit is trimmed, with a link to the job summary', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-ws-'))
    const profiles = Array.from({ length: 60 }, (_, p) => [
      `  - securityProfileName: fleet-profile-with-a-long-name-${p}`,
      `    targets: [group-${p}]`,
      '    behaviors:',
      ...Array.from({ length: 6 }, (_, b) =>
        [
          `      - name: messages-sent-by-each-device-${b}`,
          '        metric: aws:num-messages-sent',
          '        criteria: { comparisonOperator: greater-than, value: { count: 1000 }, durationSeconds: 300 }'
        ].join('\n')
      )
    ])
    writeFileSync(
      path.join(dir, 'dd.yml'),
      ['version: 1', 'securityProfiles:', ...profiles.flat(), ''].join('\n')
    )
    const r = await step({ command: 'plan', target: 'local', config: 'dd.yml' }, pullRequest(), dir)
    expect(r.code).toBe(0)
    expect(r.summary.length).toBeGreaterThan(70_000)
    const body = gh.on(PR)[0]!.body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body.length).toBeGreaterThan(60_000)
    expect(body).toMatch(
      new RegExp(
        `> Trimmed to fit a pull-request comment: \\d+ more lines of \`plan\` are in the \\[job summary\\]\\(${RUN_URL}\\)\\.`
      )
    )
    // What is kept still renders: no code fence or <details> left open.
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0)
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length)
  }, 60_000)
})
