#!/usr/bin/env node
// The installed `placewise` command: runs the built CLI. It is a file of the repository rather than of
// dist, so pnpm can link the command when installing a workspace that has not been built yet.
import '../dist/bin.js';
