/**
 * The validator run by validate is Ajv's standalone code, precompiled from the schema by `npm run bundle`.
 * These tests keep it current: the committed module is exactly what the schema produces now, and it judges
 * files as the schema compiled at run time would.
 */
import { describe, expect, test } from '@jest/globals'
import { Ajv, type ValidateFunction } from 'ajv'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { AJV_OPTIONS, VALIDATOR_MODULE, validatorCode } from '../../scripts/validator-code.js'
import { validate as generated } from '../../generated/profile-validator.js'
import { checkSchema } from '../../src/config/schema-check.js'
import { buildProfileSchema } from '../../src/config/schema.js'

describe('precompiled profile validator', () => {
  test('the committed module is what the schema produces now (run npm run bundle when this fails)', () => {
    expect(readFileSync(VALIDATOR_MODULE, 'utf8') === validatorCode()).toBe(true)
  })

  test('it finds the errors the schema compiled at run time finds, with the failing schema attached', () => {
    const file = parse(`
version: 1
customMetrics:
  - metricName: "bad name!"
    metricType: numbr
    colour: red
securityProfiles:
  - securityProfileName: p
    behaviors:
      - name: b
        metric: aws:num-messages-sent
        criteria: { durationSeconds: "300", comparisonOperator: greater-than }
    tags: [{ Key: "${'k'.repeat(200)}", Value: v }]
`)
    const runtime = new Ajv(AJV_OPTIONS).compile(buildProfileSchema())
    const precompiled = generated as unknown as ValidateFunction
    expect(precompiled(file)).toBe(false)
    expect(runtime(file)).toBe(false)
    const shown = (errors: ValidateFunction['errors']) =>
      (errors ?? []).map((e) => ({ ...e, schema: JSON.stringify(e.schema) }))
    expect(shown(precompiled.errors)).toEqual(shown(runtime.errors))
    expect(precompiled.errors!.length).toBeGreaterThanOrEqual(5)
    // schema-check reads the allowed keys from the failing schema for its "did you mean".
    expect(checkSchema(file).map((p) => p.message)).toContainEqual(
      expect.stringMatching(/unknown key "colour".*metricName/)
    )
  })
})
