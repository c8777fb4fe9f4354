#!/usr/bin/env node
/** CLI entry point (bundled to dist/cli/index.js, the package's `ddac` bin). */
import { cli } from './cli.js'

// The AWS SDK prints a 10-line NodeVersionSupportWarning on every command under Node 22. ddac supports
// Node 20 and later (README, "Node versions"), so the CLI turns it off with the SDK's own switch unless
// the user set that switch.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'

process.exitCode = await cli(process.argv.slice(2))
