import { CLI_WORDS, RemedyError, type Words } from './words.js'

/** The message of anything thrown, with its remedy named in the front end's words. */
export function errorMessage(e: unknown, words: Words = CLI_WORDS): string {
  if (e instanceof RemedyError) return e.say(words)
  return e instanceof Error ? e.message : String(e)
}

/** Whether `e` is an error of this name (the AWS SDK names its service errors by their shape). */
export function isNamed(e: unknown, name: string): boolean {
  return (e as { name?: unknown } | undefined)?.name === name
}
