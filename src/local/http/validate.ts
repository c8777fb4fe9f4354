/**
 * Input validation from the model's shapes: required members, lengths, list and map sizes, ranges, patterns,
 * enums and JSON types. Messages follow AWS's own form ("1 validation error detected: Value 'x' at 'path'
 * failed to satisfy constraint: Member must ..."), so each names the member that broke the rule.
 */
import { invalid } from '../operations/api-error.js'
import { jsPattern, shape, type ShapeSpec } from '../../model/iot-model.js'

const MAX_SHOWN = 100
const patterns = new Map<string, RegExp>()

function regex(pattern: string): RegExp {
  let re = patterns.get(pattern)
  if (!re) {
    re = new RegExp(jsPattern(pattern), 'u')
    patterns.set(pattern, re)
  }
  return re
}

function show(value: unknown): string {
  if (value === undefined || value === null) return 'null'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  const cut = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}...` : text
  return `'${cut}'`
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

class Checker {
  readonly errors: string[] = []

  fail(value: unknown, path: string, constraint: string): void {
    this.errors.push(
      `Value ${show(value)} at '${path}' failed to satisfy constraint: Member must ${constraint}`
    )
  }

  check(shapeName: string, value: unknown, path: string): void {
    const s = shape(shapeName)
    switch (s.type) {
      case 'structure':
        return this.structure(s, value, path)
      case 'list':
        if (!Array.isArray(value)) return this.fail(value, path, 'be a list')
        this.size(s, value.length, value, path)
        value.forEach((v, i) => this.present(s.member, v, `${path}.${i + 1}.member`))
        return
      case 'map':
        if (!isObject(value)) return this.fail(value, path, 'be a map')
        this.size(s, Object.keys(value).length, value, path)
        for (const [k, v] of Object.entries(value)) {
          this.check(s.key, k, `${path}.key`)
          this.present(s.value, v, `${path}.${k}`)
        }
        return
      case 'string':
        return this.string(s, value, path)
      case 'enum':
        if (typeof value !== 'string' || !s.values.includes(value))
          this.fail(value, path, `satisfy enum value set: [${s.values.join(', ')}]`)
        return
      case 'integer':
      case 'long':
      case 'double':
      case 'float':
        return this.number(s, value, path)
      case 'boolean':
        if (typeof value !== 'boolean') this.fail(value, path, 'be a boolean')
        return
      case 'timestamp':
        if (typeof value !== 'number' || !Number.isFinite(value))
          this.fail(value, path, 'be a timestamp')
        return
    }
  }

  /** A list element or map value: null is only allowed where the model says sparse, which it never does here. */
  private present(shapeName: string, value: unknown, path: string): void {
    if (value === null || value === undefined) this.fail(value, path, 'not be null')
    else this.check(shapeName, value, path)
  }

  private structure(
    s: Extract<ShapeSpec, { type: 'structure' }>,
    value: unknown,
    path: string
  ): void {
    if (!isObject(value)) return this.fail(value, path, 'be a structure')
    for (const [name, member] of Object.entries(s.members)) {
      const v = value[name]
      const at = path ? `${path}.${name}` : name
      if (v === undefined || v === null) {
        if (member.req) this.fail(v, at, 'not be null')
      } else this.check(member.t, v, at)
    }
  }

  private size(s: { min?: number; max?: number }, n: number, value: unknown, path: string): void {
    if (s.min !== undefined && n < s.min)
      this.fail(value, path, `have length greater than or equal to ${s.min}`)
    if (s.max !== undefined && n > s.max)
      this.fail(value, path, `have length less than or equal to ${s.max}`)
  }

  private string(s: Extract<ShapeSpec, { type: 'string' }>, value: unknown, path: string): void {
    if (typeof value !== 'string') return this.fail(value, path, 'be a string')
    this.size(s, [...value].length, value, path)
    if (s.pattern && !regex(s.pattern).test(value))
      this.fail(value, path, `satisfy regular expression pattern: ${s.pattern}`)
  }

  private number(
    s: { type: string; rmin?: number; rmax?: number },
    value: unknown,
    path: string
  ): void {
    const integral = s.type === 'integer' || s.type === 'long'
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      (integral && !Number.isInteger(value))
    )
      return this.fail(value, path, integral ? 'be an integer' : 'be a number')
    if (s.rmin !== undefined && value < s.rmin)
      this.fail(value, path, `have value greater than or equal to ${s.rmin}`)
    if (s.rmax !== undefined && value > s.rmax)
      this.fail(value, path, `have value less than or equal to ${s.rmax}`)
  }
}

/** Every violation of the shape's constraints in `value`, in AWS's wording. */
export function violations(shapeName: string, value: unknown): string[] {
  const checker = new Checker()
  checker.check(shapeName, value, '')
  return checker.errors
}

/** Throw InvalidRequestException when the input breaks its shape's constraints. */
export function validateInput(shapeName: string, input: Record<string, unknown>): void {
  const errors = violations(shapeName, input)
  if (errors.length === 0) return
  const n = errors.length
  throw invalid(`${n} validation error${n === 1 ? '' : 's'} detected: ${errors.join('; ')}`)
}
