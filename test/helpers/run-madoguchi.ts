// Runs the `madoguchi` command from source in a child process (used by tests that must kill it).
import { main } from "../../src/cli/main";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
