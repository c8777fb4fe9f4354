// Build what GitHub runs and what `npx ddac` runs: dist/index.js (action main + post) and dist/cli/index.js,
// then regenerate the published JSON Schema from the same code. `npm run bundle`; check-dist diffs the result.
// First the profile validator is precompiled from the schema (generated/, outside src/), so no run compiles it.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ncc = (entry, out) =>
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })

const generator = mkdtempSync(path.join(tmpdir(), 'ddac-generate-'))
ncc('scripts/generate-validator.ts', generator)
execFileSync('node', [path.join(generator, 'index.js')], { stdio: 'inherit' })
rmSync(generator, { recursive: true, force: true })

rmSync('dist', { recursive: true, force: true })
ncc('src/action/index.ts', 'dist')
ncc('src/cli/bin.ts', 'dist/cli')
// ncc does not copy native bindings: aws-crt's, for the Linux runners (src/simulate/mqtt/native.ts loads them).
for (const platform of ['linux-x64-glibc', 'linux-arm64-glibc']) {
  const to = `dist/bin/${platform}`
  mkdirSync(to, { recursive: true })
  copyFileSync(
    `node_modules/aws-crt/dist/bin/${platform}/aws-crt-nodejs.node`,
    `${to}/aws-crt-nodejs.node`
  )
}
const schema = execFileSync('node', ['dist/cli/index.js', 'schema'], { encoding: 'utf8' })
writeFileSync('schema/device-defender.schema.json', schema)
console.log('bundled dist/index.js, dist/cli/index.js and wrote schema/device-defender.schema.json')
