/**
 * The CLI compiled from the current sources (tsc, into a fresh folder under lib/, which node_modules resolves
 * from), for tests that start `ddac` as a child process without waiting for dist/ to be rebuilt.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline'

export interface BuiltCli {
  /** the compiled src/cli/bin.ts */
  bin: string
  remove(): void
}

export function buildCli(): BuiltCli {
  mkdirSync('lib', { recursive: true })
  const dir = mkdtempSync(path.join('lib', 'cli-test-'))
  // Only what bin.ts imports, with the project's settings.
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.json',
      compilerOptions: { outDir: '.', rootDir: '../..', noEmit: false, sourceMap: false },
      files: ['../../src/cli/bin.ts'],
      include: []
    })
  )
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', dir], {
    stdio: 'inherit'
  })
  return {
    bin: path.resolve(dir, 'src/cli/bin.js'),
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}

export interface LocalInfo {
  endpoint: string
  account: string
  region: string
  dataEndpoint: string
  caUrl: string
}

/** Start `ddac local` and read its JSON line. */
export async function startLocal(
  bin: string,
  args: string[] = []
): Promise<{ child: ChildProcess; info: LocalInfo; stderr: () => string }> {
  const child = spawn(process.execPath, [bin, 'local', ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const info = await new Promise<LocalInfo>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve(JSON.parse(line) as LocalInfo)
    )
    child.once('exit', (code) =>
      reject(new Error(`ddac local exited with ${code} before printing its endpoint: ${stderr}`))
    )
  })
  return { child, info, stderr: () => stderr }
}

/** SIGTERM, as Ctrl-C would; resolves with the exit code. */
export function stopLocal(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  return exited
}
