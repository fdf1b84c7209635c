import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";

/** Bundles llm-probe.ts for the browser (as the plugin's own bundle would be) and returns the JS. */
export async function buildProbeBundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "madoguchi-llm-probe-"));
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: join(__dirname, "llm-probe.ts"),
    output: { path: outDir, filename: "llm-probe.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: { jsc: { parser: { syntax: "typescript" }, target: "es2020" } },
          },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
  return readFileSync(join(outDir, "llm-probe.js"), "utf8");
}
