/**
 * The identity that marks what a profile file manages (tag `ddac:managed-by`): `<owner>/<repo>:<path in the
 * repository>`. It must come out the same in Actions and on a laptop, or a local plan against the account
 * would see every resource as managed by another file. So the path is taken from the repository root (not the
 * working directory or the workspace), and outside Actions the repository comes from the `origin` remote.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, realpathSync } from 'node:fs'
import path from 'node:path'

export interface GitInfo {
  /** the repository's root directory */
  root?: string
  /** the URL of the `origin` remote */
  origin?: string
}

export function defaultIdentity(
  config: string,
  env: NodeJS.ProcessEnv = process.env,
  git: (dir: string, withOrigin: boolean) => GitInfo = readGit
): string {
  const file = realFile(config)
  // In Actions GITHUB_REPOSITORY names the repository: one git call fewer at every start.
  const { root, origin } = git(path.dirname(file), !env.GITHUB_REPOSITORY)
  const repository =
    env.GITHUB_REPOSITORY ||
    (origin && repositoryOf(origin)) ||
    path.basename(root ?? process.cwd())
  const inRepo = root ? path.relative(root, file) : path.normalize(config)
  return `${repository}:${inRepo.split(path.sep).join('/')}`
}

/** The identity of a file's resources: the flag or input, else the file's `identity:`, else its path form. */
export function identityOf(
  given: { identity?: string; config: string },
  profile: { identity?: string }
): string {
  return given.identity ?? profile.identity ?? defaultIdentity(given.config)
}

/** `owner/repo` from the remote URL forms git accepts: https, ssh, scp-like, with or without `.git`. */
export function repositoryOf(url: string): string | undefined {
  const m = /[:/]([^/:]+)\/([^/:]+?)(?:\.git)?\/?$/.exec(url.trim())
  return m ? `${m[1]}/${m[2]}` : undefined
}

/** The absolute path with symlinks resolved as git resolves its root (macOS /var → /private/var). */
function realFile(config: string): string {
  const abs = path.resolve(config)
  try {
    return path.join(realpathSync(path.dirname(abs)), path.basename(abs))
  } catch {
    return abs
  }
}

function readGit(dir: string, withOrigin: boolean): GitInfo {
  const root = repositoryRoot(dir)
  if (!root) return {}
  let origin: string | undefined
  if (withOrigin) {
    try {
      origin = execFileSync('git', ['-C', root, 'remote', 'get-url', 'origin'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 5000
      }).trim()
    } catch {
      // no remote, or no git at all
    }
  }
  return { root, ...(origin ? { origin } : {}) }
}

/**
 * The nearest folder up from `dir` holding `.git` (a directory, or the file of a worktree or submodule):
 * what `git rev-parse --show-toplevel` answers, without starting git at every run (cold start) and without
 * its refusal of a checkout another user owns (a container job's workspace).
 */
function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d
    if (path.dirname(d) === d) return undefined
  }
}
