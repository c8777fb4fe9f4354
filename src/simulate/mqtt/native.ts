/**
 * aws-crt's native binding inside the ncc bundle. ncc does not copy `.node` files, so `npm run bundle` copies
 * aws-crt's Linux x64 and arm64 (glibc) binaries to dist/bin/<platform>-<arch>-glibc/, and this points aws-crt at
 * them (it reads AWS_CRT_NODEJS_BINARY_ABSOLUTE_PATH, and its loader needs a CommonJS `__dirname`) before the
 * device SDK is imported. GitHub's hosted runners for those platforms are glibc; elsewhere simulate says so.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const BINARY = 'aws-crt-nodejs.node'
/** The platforms dist/ carries a binding for. */
export const BUNDLED_PLATFORMS = ['linux-x64-glibc', 'linux-arm64-glibc'] as const

export function platformDir(platform = process.platform, arch = process.arch): string {
  return `${platform}-${arch}-${platform === 'linux' ? 'glibc' : 'cruntime'}`
}

/**
 * Make the binding loadable, or throw a clear error on a platform dist/ has none for. From source (tests,
 * `npm run` in a checkout) aws-crt finds its own binary in node_modules and nothing is set.
 */
export function prepareNativeBinding(
  here = path.dirname(fileURLToPath(import.meta.url)),
  platform = process.platform,
  arch = process.arch
): void {
  const dir = platformDir(platform, arch)
  // dist/index.js and its chunks sit in dist/, the CLI's in dist/cli/.
  const candidates = [
    path.join(here, 'bin', dir, BINARY),
    path.join(here, '..', 'bin', dir, BINARY)
  ]
  const found = candidates.find((f) => existsSync(f))
  if (found) {
    process.env.AWS_CRT_NODEJS_BINARY_ABSOLUTE_PATH = found
    ;(globalThis as { __dirname?: string }).__dirname ??= here
    return
  }
  if (!(BUNDLED_PLATFORMS as readonly string[]).includes(dir) && !installedCrt(here))
    throw new Error(
      `simulate runs devices with aws-crt, whose native binding ddac ships for ${BUNDLED_PLATFORMS.join(' and ')} only; ` +
        `this runner is ${dir}. Run simulations on a Linux runner (runs-on: ubuntu-latest or ubuntu-24.04-arm); ` +
        'every other command works here.'
    )
}

/** True where aws-crt is installed as a package (a checkout, npm install): it then loads its own binary. */
function installedCrt(here: string): boolean {
  try {
    createRequire(path.join(here, 'noop.js')).resolve('aws-crt')
    return true
  } catch {
    return false
  }
}
