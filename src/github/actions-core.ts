/**
 * The runner's protocol (inputs, outputs, state, workflow commands, the job summary) as @actions/core
 * speaks it, built on @actions/core's own command modules but not on its index: importing that evaluates
 * its OIDC client (@actions/http-client and undici) at start, more than half the cold start of a minimal
 * action (bench/startup.ts), and ddac never asks for an ID token. Same names and behaviour as
 * @actions/core's functions, so call sites read the same; __tests__/github/actions-core.test.ts compares
 * the two. The modules are imported by path because @actions/core's package exports only its index.
 */
import type { AnnotationProperties, InputOptions } from '@actions/core'
import { EOL } from 'node:os'
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import {
  issueFileCommand,
  prepareKeyValueMessage
} from '../../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'

export { summary } from '../../node_modules/@actions/core/lib/summary.js'

export function getInput(name: string, options?: InputOptions): string {
  const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  if (options?.required && !val) throw new Error(`Input required and not supplied: ${name}`)
  return options?.trimWhitespace === false ? val : val.trim()
}

export function getBooleanInput(name: string, options?: InputOptions): boolean {
  const val = getInput(name, options)
  if (['true', 'True', 'TRUE'].includes(val)) return true
  if (['false', 'False', 'FALSE'].includes(val)) return false
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``
  )
}

export function setOutput(name: string, value: unknown): void {
  if (process.env['GITHUB_OUTPUT'])
    return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function saveState(name: string, value: unknown): void {
  if (process.env['GITHUB_STATE'])
    return issueFileCommand('STATE', prepareKeyValueMessage(name, value))
  issueCommand('save-state', { name }, toCommandValue(value))
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] || ''
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), String(message))
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), String(message))
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}
