// Browser bundles. Each area that ships code to a browser adds its entries to ENTRIES.
const path = require("node:path");

/**
 * name → { entry, outDir, alias?, rules? } (alias: module replacements, rules: extra module rules,
 * both for that bundle only)
 */
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
// The openai SDK's client class brings every API namespace and helper with it (~35 KB gzip),
// while the model seam (src/llm) calls only chat.completions.create, audio.transcriptions.create
// and embeddings.create. In the plug-in bundles the other namespaces, the chat helpers that
// only .stream(), .runTools() and .parse() use, and the SDK parts listed below become stubs that throw a clear error if ever
// used (webpack.config.sdk-stub-loader.js). The client itself is the same SDK; Node keeps it whole.
const PLUGIN_SDK_NAMESPACES_KEPT = ["chat", "audio", "embeddings"];
const PLUGIN_SDK_STUBS = {
  test: [
    // each API namespace: resources/<name>.mjs or resources/<name>/<name>.mjs
    /[\\/]node_modules[\\/]openai[\\/]resources[\\/](?:([\w-]+)[\\/]\1|[\w-]+)\.mjs$/,
    /[\\/]node_modules[\\/]openai[\\/]lib[\\/](?:ChatCompletionRunner|ChatCompletionStreamingRunner|ChatCompletionStream|parser)\.mjs$/,
    // Server-sent-event streams (the seam never sets stream: true), list pagination (it lists
    // nothing), the Bedrock client and workload-identity auth (providers it does not offer).
    /[\\/]node_modules[\\/]openai[\\/](?:core[\\/](?:streaming|pagination)|bedrock|auth[\\/]workload-identity-auth)\.mjs$/,
  ],
  exclude: new RegExp(
    String.raw`[\\/]openai[\\/]resources[\\/](?:` +
      PLUGIN_SDK_NAMESPACES_KEPT.map((name) => String.raw`${name}[\\/]${name}|${name}`).join("|") +
      String.raw`)\.mjs$`,
  ),
  use: path.resolve(__dirname, "webpack.config.sdk-stub-loader.js"),
};
ENTRIES["desktop"] = {
  entry: "./src/plugin/desktop.ts",
  outDir: "plugin/js",
  alias: PLUGIN_ALIAS,
  rules: [PLUGIN_SDK_STUBS],
};
ENTRIES["config"] = {
  entry: "./src/plugin/config/main.tsx",
  outDir: "plugin/js",
  alias: PLUGIN_ALIAS,
  rules: [PLUGIN_SDK_STUBS],
};

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return Object.entries(ENTRIES).map(([name, { entry, outDir, alias, rules }]) => ({
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
        ...(rules ?? []),
        // Our modules only declare things at load (the few top-level loops fill module-local
        // tables), so a module none of whose exports is used can be left out. Without this, the
        // barrels (src/core, src/llm) pulled the whole engine into the settings page.
        // https://webpack.js.org/guides/tree-shaking/#mark-the-file-as-side-effect-free
        { test: /\.[jt]sx?$/, include: path.resolve(__dirname, "src"), sideEffects: false },
      ],
    },
    performance: { hints: false },
  }));
};
module.exports.ENTRIES = ENTRIES;
module.exports.PLUGIN_SDK_STUBS = PLUGIN_SDK_STUBS;
