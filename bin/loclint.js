#!/usr/bin/env node
import { preferQuickJit, runCli } from '../dist/cli.js';

preferQuickJit();
process.exitCode = await runCli(process.argv.slice(2));
