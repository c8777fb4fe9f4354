/** The release workflow moves the major tag: its script, run in a clone with a local origin, as the job runs it. */
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'

const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as {
  on: { release: { types: string[] } }
  jobs: { release: { if: string; steps: { id?: string; run?: string }[] } }
}
const script = workflow.jobs.release.steps.find((s) => s.id === 'major-tag')!.run!

describe('release workflow', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ddac-release-'))
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com'
  }
  const origin = path.join(tmp, 'origin.git')
  const work = path.join(tmp, 'work')
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: work, env, encoding: 'utf8' }).trim()
  const release = (tag: string): ReturnType<typeof spawnSync> =>
    spawnSync('bash', ['-e', '-c', script], {
      cwd: work,
      env: { ...env, TAG: tag },
      encoding: 'utf8'
    })
  const commitTagged = (tag: string): string => {
    writeFileSync(path.join(work, 'f'), tag)
    git('add', 'f')
    git('commit', '-qm', tag)
    git('tag', '-a', tag, '-m', tag)
    git('push', '-q', 'origin', 'HEAD:refs/heads/main', `refs/tags/${tag}`)
    return git('rev-parse', 'HEAD')
  }
  const majorAtOrigin = (major: string): string =>
    execFileSync('git', ['rev-parse', `${major}^{commit}`], {
      cwd: origin,
      env,
      encoding: 'utf8'
    }).trim()

  test('runs on published releases, not pre-releases', () => {
    expect(workflow.on.release.types).toEqual(['published'])
    expect(workflow.jobs.release.if).toContain('!github.event.release.prerelease')
  })

  test('v1 follows each v1.x.y release, v2 starts with v2.0.0, and a malformed tag fails', () => {
    execFileSync('git', ['init', '-q', '--bare', origin], { env })
    execFileSync('git', ['init', '-q', work], { env })
    git('remote', 'add', 'origin', origin)
    const first = commitTagged('v1.2.0')
    expect(release('v1.2.0').status).toBe(0)
    expect(majorAtOrigin('v1')).toBe(first)
    const second = commitTagged('v1.3.0')
    expect(release('v1.3.0').status).toBe(0)
    expect(majorAtOrigin('v1')).toBe(second)
    const third = commitTagged('v2.0.0')
    expect(release('v2.0.0').status).toBe(0)
    expect([majorAtOrigin('v1'), majorAtOrigin('v2')]).toEqual([second, third])
    const bad = release('latest')
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('::error::release tag latest is not vMAJOR.MINOR.PATCH')
  })
})
