/** validate: schema and semantic checks of the file, offline. */
import { identityOf } from '../../config/identity.js'
import { validateFile } from '../../config/validate.js'
import { validationReport } from '../../report/validation.js'
import { defineCommand, type CommonOptions } from '../spec.js'

export type ValidateOptions = CommonOptions

export const spec = defineCommand({
  needs: {},
  run: async (opts: ValidateOptions) => {
    const result = await validateFile(opts.config)
    return { result, ...(result.profile ? { identity: identityOf(opts, result.profile) } : {}) }
  },
  report: ({ result, identity }, opts) => ({
    ...validationReport(result, opts.failOnWarnings),
    ...(identity ? { identity } : {})
  })
})
