#!/usr/bin/env node
import { tuneV8, runCli } from '../dist/cli.js';

tuneV8();
process.exitCode = await runCli(process.argv.slice(2));
