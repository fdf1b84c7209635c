// Browser bundles. Each area that ships code to a browser adds its entries to ENTRIES.
const path = require("node:path");

/** name → { entry, outDir, alias? } (alias: module replacements for that bundle only) */
const ENTRIES = {};
ENTRIES["local-kintone-shell"] = {
  entry: "./src/local-kintone/browser/main.ts",
  outDir: "dist/local-kintone-browser",
};
// The plug-in has a 150 KB gzip budget: o200k token tables (~2 MB) are replaced by an estimate.
const PLUGIN_ALIAS = {
  "gpt-tokenizer/encoding/o200k_base$": path.resolve(
    __dirname,
    "src/plugin/engine/estimate-tokens.ts",
  ),
};
ENTRIES["desktop"] = { entry: "./src/plugin/desktop.ts", outDir: "plugin/js", alias: PLUGIN_ALIAS };
ENTRIES["config"] = {
  entry: "./src/plugin/config/main.tsx",
  outDir: "plugin/js",
  alias: PLUGIN_ALIAS,
};

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return Object.entries(ENTRIES).map(([name, { entry, outDir, alias }]) => ({
    name,
    mode: production ? "production" : "development",
    devtool: production ? false : "inline-source-map",
    entry: { [name]: entry },
    output: { path: path.resolve(__dirname, outDir), filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"], alias: alias ?? {} },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic" } },
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    performance: { hints: false },
  }));
};
module.exports.ENTRIES = ENTRIES;
