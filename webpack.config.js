// Browser bundles. Each area that ships code to a browser adds its entries to ENTRIES.
const path = require("node:path");

/** name → { entry, outDir } */
const ENTRIES = {};

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return Object.entries(ENTRIES).map(([name, { entry, outDir }]) => ({
    name,
    mode: production ? "production" : "development",
    devtool: production ? false : "inline-source-map",
    entry: { [name]: entry },
    output: { path: path.resolve(__dirname, outDir), filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
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
