#!/usr/bin/env node
// Runs the compiled CLI: `npm ci` builds dist/ through the prepare script, so start-up never transpiles.
import '../dist/adapters/repl/cli.js';
