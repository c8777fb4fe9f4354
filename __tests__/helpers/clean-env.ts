/**
 * Jest globalSetup: the suite must give the same result whatever AWS, GitHub or runner environment the caller
 * has (a region, a profile, credentials, GITHUB_REPOSITORY, INPUT_* left over from a step). It runs in jest's
 * parent process before the workers start, so in-process SDK clients, the workers and every child process a
 * test spawns inherit the scrubbed environment. Tests that need such a variable pass it explicitly.
 */
import { tmpdir } from 'node:os'
import path from 'node:path'

const AMBIENT = /^(AWS_|GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_)/

export default function cleanEnv(): void {
  for (const key of Object.keys(process.env)) if (AMBIENT.test(key)) delete process.env[key]
  // Nor the caller's ~/.aws files, nor the instance metadata service: the SDK's chain finds nothing.
  const none = path.join(tmpdir(), 'ddac-tests-no-aws-config')
  process.env.AWS_CONFIG_FILE = none
  process.env.AWS_SHARED_CREDENTIALS_FILE = none
  process.env.AWS_EC2_METADATA_DISABLED = 'true'
}
