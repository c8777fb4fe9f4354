#!/usr/bin/env node
/** CLI entry point (bundled to dist/cli/index.js, the package's `ddac` bin). */
import { cli } from './cli.js'

process.exitCode = await cli(process.argv.slice(2))
