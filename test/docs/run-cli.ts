/** Runs the `madoguchi` CLI from source in a real Node process (for PDF, i.e. ES-module, paths). */
import { main } from "../../src/cli/main";

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
