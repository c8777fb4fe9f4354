/**
 * The settings that error messages tell people to change, as each front end names them: the CLI has flags,
 * the action has inputs. The engine throws a RemedyError that words itself for either; the CLI prints its
 * message (CLI words), the action's top level asks for action words.
 */
export interface Words {
  /** how to give a region */
  setRegion: string
  /** how to run against the in-process emulator */
  useLocal: string
  /** the two target settings that exclude each other */
  localOrEndpoint: string
}

export const CLI_WORDS: Words = {
  setRegion: 'pass --region',
  useLocal: 'use --local',
  localOrEndpoint: '--local / --endpoint'
}

export const ACTION_WORDS: Words = {
  setRegion: 'set the `region` input',
  useLocal: 'use `target: local`',
  localOrEndpoint: '`target: local` / `endpoint`'
}

/** An error whose remedy is a setting; its plain message is in CLI words. */
export class RemedyError extends Error {
  override name = 'RemedyError'
  constructor(
    readonly say: (words: Words) => string,
    options?: ErrorOptions
  ) {
    super(say(CLI_WORDS), options)
  }
}
