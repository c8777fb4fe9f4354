/** Write the standalone validator module (run by scripts/bundle.mjs before ncc bundles src/). */
import { writeFileSync } from 'node:fs'
import { VALIDATOR_MODULE, validatorCode } from './validator-code.js'

writeFileSync(VALIDATOR_MODULE, validatorCode())
