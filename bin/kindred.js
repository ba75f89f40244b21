#!/usr/bin/env node
// The `kindred` command. TypeScript runs through tsx's loader, so there is no separate compile
// step to forget (see docs/decisions/0004-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
