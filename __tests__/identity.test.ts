/**
 * The identity that tags what a file manages comes out the same from the action in CI and from the CLI on a
 * laptop, wherever the command is started, so a local plan against CI's account sees CI's resources as its own.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCommand, type Report } from '../src/commands/run.js'
import { defaultIdentity, repositoryOf } from '../src/config/identity.js'
import { runAction } from './helpers/runner.js'

const CLI = path.resolve('dist/cli/index.js')
const ACTION = path.resolve('dist/index.js')

/** A checkout of octo/devices with the profile file in a subfolder. */
function checkout(): { root: string; sub: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'ddac-repo-'))
  execFileSync('git', ['init', '-q', root])
  execFileSync('git', ['-C', root, 'remote', 'add', 'origin', 'git@github.com:octo/devices.git'])
  const sub = path.join(root, 'security')
  mkdirSync(sub)
  copyFileSync('examples/rules-based.yml', path.join(sub, 'device-defender.yml'))
  return { root, sub }
}

/** The identity a run reports in its log line `planning … as <identity>`. */
function identityIn(log: string): string | undefined {
  return /^planning .* as (\S+)$/m.exec(log)?.[1]
}

describe('default identity', () => {
  test('the CLI in any folder of a checkout and the action in CI agree', async () => {
    const { root, sub } = checkout()
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root }
    const fromRoot = spawnSync(
      process.execPath,
      [CLI, 'plan', '--local', 'security/device-defender.yml'],
      { cwd: root, env, encoding: 'utf8' }
    )
    const fromSub = spawnSync(process.execPath, [CLI, 'plan', '--local', 'device-defender.yml'], {
      cwd: sub,
      env,
      encoding: 'utf8'
    })
    const action = await runAction(
      ACTION,
      { command: 'plan', config: 'security/device-defender.yml', target: 'local' },
      { cwd: root, env: { GITHUB_REPOSITORY: 'octo/devices' } }
    )
    expect(fromRoot.status).toBe(0)
    expect(identityIn(fromRoot.stderr)).toBe('octo/devices:security/device-defender.yml')
    expect(identityIn(fromSub.stderr)).toBe('octo/devices:security/device-defender.yml')
    expect(action.code).toBe(0)
    expect(identityIn(action.stdout)).toBe('octo/devices:security/device-defender.yml')
  })

  test('outside a repository it is the folder and the path as given', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-norepo-'))
    const id = defaultIdentity(path.join(dir, 'device-defender.yml'), {}, () => ({}))
    expect(id).toBe(`${path.basename(process.cwd())}:${path.join(dir, 'device-defender.yml')}`)
  })

  test("the file's identity: key replaces the path form; a given identity replaces both", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ddac-idkey-'))
    const file = path.join(dir, 'moved.yml')
    writeFileSync(file, 'version: 1\nidentity: octo/devices:device-defender.yml\n')
    const run = (identity?: string): Promise<Report> =>
      runCommand({
        command: 'validate',
        config: file,
        target: { kind: 'local' },
        failOnWarnings: false,
        log: () => undefined,
        ...(identity ? { identity } : {})
      })
    expect((await run()).identity).toBe('octo/devices:device-defender.yml')
    expect((await run('octo/other:x.yml')).identity).toBe('octo/other:x.yml')
  })

  test.each([
    ['git@github.com:octo/devices.git', 'octo/devices'],
    ['https://github.com/octo/devices.git', 'octo/devices'],
    ['https://github.com/octo/devices', 'octo/devices'],
    ['ssh://git@ghe.example.com:2222/octo/devices.git', 'octo/devices'],
    ['https://x-access-token@github.com/octo/devices/', 'octo/devices'],
    ['not a url', undefined]
  ])('repository of the remote %s is %s', (url, repo) => {
    expect(repositoryOf(url)).toBe(repo)
  })
})
