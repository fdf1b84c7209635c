#!/usr/bin/env node
"use strict";
// Thin launcher: the command is written in TypeScript and built into dist/ by `npm run build`.
require("../dist/src/cli/main.js")
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
