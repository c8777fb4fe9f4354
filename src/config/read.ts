/**
 * Read the profile file as a pull request may have committed it: only a regular file, at most
 * MAX_FILE_BYTES actually read (a device or `/proc` file reports size 0 and never ends), never through a
 * symbolic link that leaves the workspace (its content could be echoed in errors and annotations), and as
 * UTF-8 text. Every refusal is a problem at the file's start, with no content of the file in it.
 */
import { constants } from 'node:fs'
import { open, realpath, type FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { isUtf8 } from 'node:buffer'
import { fileProblem, MAX_FILE_BYTES, tooLarge } from './source.js'
import type { LocatedProblem } from './problems.js'

export type ReadResult = { text: string } | { problem: LocatedProblem }

export interface ReadOptions {
  /** symbolic links must resolve inside it (default: the working directory, the runner's workspace) */
  root?: string
}

export async function readProfileFile(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const refuse = (rule: string, message: string): ReadResult => ({
    problem: fileProblem(file, rule, message)
  })
  let real: string
  try {
    real = await realpath(file)
  } catch (e) {
    return refuse(...openFailure(file, e))
  }
  const root = await realpath(opts.root ?? process.cwd()).catch(() =>
    path.resolve(opts.root ?? '.')
  )
  if (real !== path.resolve(file) && !inside(real, root))
    return refuse(
      'file/outside-workspace',
      `${file} is a symbolic link to ${real}, outside the workspace (${root}); ddac reads only files in the workspace, so commit the profile file itself`
    )
  let handle: FileHandle
  try {
    // O_NONBLOCK: opening a FIFO with no writer returns at once instead of waiting for one.
    handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (e) {
    return refuse(...openFailure(file, e))
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) return refuse('file/not-regular', notRegular(file, stat))
    // Kernel files pass as regular, report size 0 and hold the process's environment or memory.
    if (/^\/(proc|sys)\//.test(real))
      return refuse('file/not-regular', `${file} is a kernel file (${real}), not a profile file`)
    if (stat.size > MAX_FILE_BYTES) return refuse('file/too-large', tooLarge(stat.size))
    const bytes = await readCapped(handle, MAX_FILE_BYTES)
    if (bytes === undefined)
      return refuse(
        'file/too-large',
        `the file holds more than ${MAX_FILE_BYTES} bytes; at most ${MAX_FILE_BYTES} are accepted`
      )
    return decode(file, bytes)
  } catch (e) {
    return refuse(...openFailure(file, e))
  } finally {
    await handle.close()
  }
}

/** Up to `cap` bytes, or undefined when the file holds more (its stat size can be 0 and wrong). */
async function readCapped(handle: FileHandle, cap: number): Promise<Buffer | undefined> {
  const buffer = Buffer.allocUnsafe(cap + 1) // only the bytes read are returned
  let length = 0
  while (length <= cap) {
    const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null)
    if (bytesRead === 0) return buffer.subarray(0, length)
    length += bytesRead
  }
  return undefined
}

/** UTF-8 text, with a byte-order mark dropped; other encodings get a message that names them. */
export function decode(file: string, bytes: Buffer): ReadResult {
  const refuse = (message: string): ReadResult => ({
    problem: fileProblem(file, 'file/encoding', message)
  })
  const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return refuse(
      `the file is UTF-16 (it starts with a UTF-16 byte-order mark); profile files are UTF-8: save it as UTF-8 (in PowerShell, Out-File -Encoding utf8)`
    )
  if (!isUtf8(bytes)) {
    const at = firstInvalidUtf8(bytes)
    const { line, col } = lineCol(bytes.subarray(0, at).toString('utf8'))
    return refuse(
      `the file is not UTF-8 text: the bytes at line ${line}, column ${col} are not valid UTF-8; save it as UTF-8`
    )
  }
  return { text: bytes.toString('utf8', utf8Bom ? 3 : 0) }
}

/** Where the first invalid sequence is: the first U+FFFD of a lenient decode that the file did not spell. */
function firstInvalidUtf8(bytes: Buffer): number {
  const text = bytes.toString('utf8')
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) {
    const at = Buffer.byteLength(text.slice(0, i))
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) return at
  }
  return 0
}

function lineCol(prefix: string): { line: number; col: number } {
  const lines = prefix.split(/\r\n|\r|\n/)
  return { line: lines.length, col: lines[lines.length - 1]!.length + 1 }
}

function inside(file: string, root: string): boolean {
  const rel = path.relative(root, file)
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)
}

function notRegular(
  file: string,
  stat: {
    isDirectory(): boolean
    isFIFO(): boolean
    isCharacterDevice(): boolean
    isBlockDevice(): boolean
    isSocket(): boolean
  }
): string {
  const what = stat.isDirectory()
    ? 'a directory'
    : stat.isFIFO()
      ? 'a named pipe (FIFO)'
      : stat.isCharacterDevice() || stat.isBlockDevice()
        ? 'a device'
        : stat.isSocket()
          ? 'a socket'
          : 'not a regular file'
  return `${file} is ${what}; the config names a profile file such as device-defender.yml`
}

function openFailure(file: string, e: unknown): [rule: string, message: string] {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return [
      'file/not-found',
      `cannot read ${file}: no such file (set the config input or pass the path)`
    ]
  if (code === 'EISDIR')
    return [
      'file/not-regular',
      `${file} is a directory; the config names a profile file such as device-defender.yml`
    ]
  if (code === 'ELOOP') return ['file/not-found', `cannot read ${file}: its symbolic links loop`]
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENAMETOOLONG: 'the path is too long',
    EIO: 'an input/output error'
  }
  return [
    'file/unreadable',
    `cannot read ${file}: ${why[code ?? ''] ?? 'the system refused to read it'}`
  ]
}
