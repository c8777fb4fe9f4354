/**
 * The import rules of src/ (`npm run lint` runs them): no cycle between files or folders, and imports that
 * only go down the pipeline. A layer may import any layer below it, never one above; within a layer, a part
 * may import only the parts listed after it. That leaves no folder cycle between the parts: every import
 * goes down a single order. Cycles between the subfolders of one part are checked on their own. The
 * emulator (src/local) stands apart, with layers of its own, and uses only model/ and util/.
 *
 * Violations that existed when a rule was written, and that other work is removing, are listed in
 * .dependency-cruiser-known-violations.json: lint ignores exactly those and fails on any new one. Once they
 * are fixed, regenerate the list (`npm run lint:layers:baseline`; it stays, empty).
 */

/**
 * The pipeline, top to bottom: each entry is one layer, by folder (or file) under src/. Within a layer a
 * part may use the parts listed after it, never one before it (github renders with report; config checks
 * against model).
 */
const PIPELINE = [
  ['action', 'cli'],
  ['commands'],
  ['github', 'report', 'constants.ts'],
  ['verify', 'simulate', 'plan'],
  ['resources'],
  ['aws'],
  ['config', 'model'],
  ['util']
]

/**
 * Inside the emulator, top to bottom: `.` is src/local/*.ts (emulator.ts, serve.ts), the rest are folders
 * under src/local. The folders of one layer may use each other one way (no cycle between them).
 */
const EMULATOR = [
  ['.'],
  ['http'],
  ['operations', 'data-plane'],
  ['detect', 'audit'],
  ['store', 'clock', 'pki']
]

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A path pattern for parts under a root: a folder (matching its modules, its subfolders and the folder
 * itself, for folder-scope rules), a single file, or `.` for the files directly in the root.
 */
function under(root, parts) {
  const alternatives = parts.map((p) =>
    p === '.' ? '[^/]+$' : p.endsWith('.ts') ? `${escape(p)}$` : `${escape(p)}(/|$)`
  )
  return `^${escape(root)}/(${alternatives.join('|')})`
}

/** Imports across layers go down; `ordered`: within a layer too, from a part to the parts after it. */
function layering(root, layers, name, ordered) {
  return layers.flatMap((layer, i) => {
    const above = layers.slice(0, i).flat()
    const rules = []
    if (above.length)
      rules.push({
        name: `${name}-upward`,
        comment: `${layer.join(', ')} sit below ${above.join(', ')}: import down the layers only`,
        severity: 'error',
        from: { path: under(root, layer) },
        to: { path: under(root, above) }
      })
    if (ordered)
      layer.forEach((part, j) => {
        if (j > 0)
          rules.push({
            name: `${name}-sideways`,
            comment: `${part} sits after ${layer.slice(0, j).join(', ')} in its layer: import the other way only`,
            severity: 'error',
            from: { path: under(root, [part]) },
            to: { path: under(root, layer.slice(0, j)) }
          })
      })
    const folders = layer.filter((p) => p !== '.' && !p.endsWith('.ts'))
    if (!ordered && folders.length > 1)
      rules.push({
        name: `${name}-folder-cycle`,
        comment: `a cycle between folders of one layer (${layer.join(', ')}): one of them belongs below the other`,
        severity: 'error',
        scope: 'folder',
        from: { path: under(root, folders) },
        to: { circular: true, path: under(root, folders) }
      })
    return rules
  })
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'a cycle between files: split out what both need',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'unplaced',
      comment:
        'a module outside the layering: put its folder into PIPELINE or EMULATOR in .dependency-cruiser.cjs',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: [under('src', PIPELINE.flat()), under('src/local', EMULATOR.flat())]
      },
      to: {}
    },
    ...layering('src', PIPELINE, 'layer', true),
    {
      name: 'subfolder-cycle',
      comment:
        'a cycle between the subfolders of one part of the pipeline: one of them belongs below the other',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/(?!local/)([^/]+)/' },
      to: { circular: true, path: '^src/$1/' }
    },
    {
      name: 'emulator-apart',
      comment:
        'the emulator (src/local) uses only model/ and util/ of the rest, never the profile file code in config/',
      severity: 'error',
      from: { path: '^src/local/' },
      to: { path: '^src/', pathNot: ['^src/local/', under('src', ['model', 'util'])] }
    },
    {
      name: 'emulator-started-by-commands',
      comment:
        'only the entry points and commands start the emulator (commands/target.ts); the pipeline talks to it over HTTP',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: ['^src/local/', under('src', ['action', 'cli', 'commands'])]
      },
      to: { path: '^src/local/' }
    },
    ...layering('src/local', EMULATOR, 'emulator-layer', false)
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|lib|generated)/' },
    // Type-only imports count: a type shared across layers is a dependency too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json']
    }
  }
}
