import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  EXTRA_OPERATIONS,
  extractOperations,
  readSmithyModel
} from '../../scripts/extract-model.mjs'
import { SUBSET_OPERATIONS } from '../../src/model/iot-model.js'

const json = (path: string): { operations: unknown; shapes: unknown } =>
  JSON.parse(readFileSync(path, 'utf8'))
const smithy = readSmithyModel()

describe('model extracts', () => {
  test('model/extra-operations.json is what scripts/extract-model.mjs writes', () => {
    const file = json('model/extra-operations.json')
    const fresh = extractOperations(smithy, EXTRA_OPERATIONS)
    expect(file.operations).toEqual(fresh.operations)
    expect(file.shapes).toEqual(fresh.shapes)
  })

  test('the script reproduces the Device Defender subset, so both extracts share one format', () => {
    const subset = json('model/device-defender-subset.json')
    const fresh = extractOperations(smithy, SUBSET_OPERATIONS)
    expect(fresh.operations).toEqual(subset.operations)
    expect(fresh.shapes).toEqual(subset.shapes)
  })
})
