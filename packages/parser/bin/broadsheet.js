#!/usr/bin/env node
// The `broadsheet` command: run the built CLI.
import process from 'node:process'
import { main } from '../dist/cli.js'

process.exitCode = await main(process.argv.slice(2))
