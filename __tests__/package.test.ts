/**
 * The CLI installs outside a checkout: `npm pack` makes a tarball that installs into an empty folder, offline
 * (the bundle carries every runtime dependency), and `npx ddac` runs there.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>
}

describe('the npm package', () => {
  test('declares no runtime dependencies: the bundle holds them', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  test('npm pack installs into an empty folder offline, and npx ddac runs there', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'ddac-pack-'))
    // Only what npm needs, with a cache of its own: neither the caller's npm settings nor its cache count.
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: tmp,
      npm_config_cache: path.join(tmp, 'cache')
    }
    const npm = (cwd: string, ...args: string[]): string =>
      execFileSync('npm', [...args, '--no-audit', '--no-fund'], { cwd, env, encoding: 'utf8' })
    const [packed] = JSON.parse(
      npm(process.cwd(), 'pack', '--json', '--pack-destination', tmp)
    ) as {
      filename: string
      files: { path: string }[]
    }[]
    const files = packed!.files.map((f) => f.path)
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/cli/index.js',
        'schema/device-defender.schema.json',
        'README.md',
        'LICENSE'
      ])
    )
    expect(
      files.filter((f) => !/^(dist|schema)\/|^(README\.md|LICENSE|package\.json)$/.test(f))
    ).toEqual([])

    const empty = mkdtempSync(path.join(tmpdir(), 'ddac-empty-'))
    npm(empty, 'install', '--offline', path.join(tmp, packed!.filename))
    const npx = (...args: string[]): ReturnType<typeof spawnSync> =>
      spawnSync('npx', ['--offline', 'ddac', ...args], { cwd: empty, env, encoding: 'utf8' })
    const help = npx('--help')
    expect({ status: help.status, stderr: help.stderr }).toEqual({ status: 0, stderr: '' })
    expect(help.stdout).toMatch(/^Usage: ddac /)
    copyFileSync('examples/rules-based.yml', path.join(empty, 'device-defender.yml'))
    const validate = npx('validate')
    expect(validate.status).toBe(0)
    expect(validate.stdout).toContain('device-defender.yml is valid')
  }, 120_000)
})
