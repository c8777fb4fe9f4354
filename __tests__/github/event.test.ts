import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pullRequestOf, runUrlOf } from '../../src/github/event.js'

function payloadFile(payload: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ddac-event-')), 'event.json')
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return file
}

describe('pullRequestOf', () => {
  test('reads the number, head commit and repository of a pull_request event', () => {
    const env = {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: payloadFile({
        pull_request: { number: 12, head: { sha: 'abc' } },
        repository: { name: 'fleet', owner: { login: 'octo' } }
      })
    }
    expect(pullRequestOf(env)).toEqual({ owner: 'octo', repo: 'fleet', number: 12, headSha: 'abc' })
  })

  test('falls back to GITHUB_REPOSITORY for the repository', () => {
    const env = {
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: payloadFile({ pull_request: { number: 3 } }),
      GITHUB_REPOSITORY: 'o/r'
    }
    expect(pullRequestOf(env)).toEqual({ owner: 'o', repo: 'r', number: 3 })
  })

  test('is undefined for other events and outside Actions, without reading a payload', () => {
    for (const name of ['push', 'schedule', 'workflow_dispatch', 'issue_comment', undefined])
      expect(pullRequestOf({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: '/nonexistent' })).toBe(
        undefined
      )
  })

  test('a payload it cannot use is an error naming the file', () => {
    const broken = payloadFile('{not json')
    expect(() =>
      pullRequestOf({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: broken })
    ).toThrow(`cannot read the event payload ${broken}`)
    expect(() =>
      pullRequestOf({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: payloadFile({}) })
    ).toThrow('the pull_request event payload has no pull_request.number')
  })
})

describe('runUrlOf', () => {
  test('is the run page, where the job summary is', () => {
    expect(
      runUrlOf({
        GITHUB_SERVER_URL: 'https://github.example.com',
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_RUN_ID: '99'
      })
    ).toBe('https://github.example.com/o/r/actions/runs/99')
    expect(runUrlOf({})).toBeUndefined()
  })
})
