import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import webpack from "webpack";

// The plug-in bundles' rule that leaves unused openai SDK namespaces out: the probe ships the same.
const { PLUGIN_SDK_STUBS } = createRequire(__filename)("../../../webpack.config.js") as {
  PLUGIN_SDK_STUBS: webpack.RuleSetRule;
};

/**
 * Bundles llm-probe.ts for the browser as the plug-in's own bundle is built (with the same SDK
 * stubs) and returns the JS.
 */
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
        PLUGIN_SDK_STUBS,
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
