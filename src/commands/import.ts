/** import: write a profile file from what the account has, which then plans to zero changes. */
import type { IoTClient } from '@aws-sdk/client-iot'
import { stringify } from 'yaml'
import { ADAPTERS, fileMembers } from '../resources/adapters/index.js'
import { readAccount } from '../resources/read.js'
import { FILE_VERSION, type ProfileFile } from '../config/file-format.js'
import { SCHEMA_ID } from '../config/schema.js'
import type { ActualResource, ResourceKind } from '../resources/types.js'

// Kept apart so reading the action's inputs does not load the AWS SDK.
export { parseSelection, type Selection } from './selection.js'

export interface ImportInput {
  iot: IoTClient
  kinds?: readonly ResourceKind[]
  names?: Partial<Record<ResourceKind, readonly string[]>>
}

/**
 * The identity the imported resources are managed by, when they agree on one: written into the file, so it
 * plans as theirs wherever it is saved (the default identity follows the file's path). Unmanaged resources
 * have none; the file's own identity adopts them.
 */
export function sharedIdentity(resources: readonly ActualResource[]): string | undefined {
  const owners = new Set(resources.map((r) => r.ownership.managedBy).filter((m) => m !== undefined))
  return owners.size === 1 ? [...owners][0] : undefined
}

export function profileFromResources(resources: readonly ActualResource[]): ProfileFile {
  const identity = sharedIdentity(resources)
  const file: Record<string, unknown> = { version: FILE_VERSION, ...(identity ? { identity } : {}) }
  for (const adapter of ADAPTERS) {
    const mine = resources
      .filter((r) => r.kind === adapter.kind)
      .sort((a, b) => a.name.localeCompare(b.name))
    if (mine.length === 0) continue
    Object.assign(file, fileMembers(adapter, mine))
  }
  return file as unknown as ProfileFile
}

export async function importCommand(input: ImportInput): Promise<ProfileFile> {
  const actual = await readAccount(input.iot, {
    ...(input.kinds ? { kinds: input.kinds } : {}),
    ...(input.names ? { names: input.names } : {})
  })
  return profileFromResources(actual.resources)
}

export function renderProfileYaml(file: ProfileFile, origin: string): string {
  return `# yaml-language-server: $schema=${SCHEMA_ID}\n# Imported by ddac from ${origin}.\n${stringify(file, { lineWidth: 0 })}`
}
