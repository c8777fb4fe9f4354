/** Flag values parsed by the engine's own parsers, for commander. */
import { InvalidArgumentError } from 'commander'
import { errorMessage } from '../util/errors.js'

/**
 * A commander argument parser from a parse function that throws: its error becomes commander's
 * InvalidArgumentError, so a bad value is a usage error (exit 2) that names the flag and says why.
 */
export function argumentParser<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value)
    } catch (e) {
      throw new InvalidArgumentError(errorMessage(e))
    }
  }
}
