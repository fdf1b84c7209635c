/**
 * A webpack loader used by webpack.config.js for the plug-in bundles only: it replaces a module
 * of the openai SDK with stubs of the same exported names, so that the parts of the SDK the
 * model seam never calls in the browser stay out of `desktop.js` (150 KB gzip budget).
 *
 * A stub does nothing when the SDK's client constructs it (every API namespace is created with
 * the client); any other use throws an error that says what is missing and where to keep it.
 * A module that only re-exports is left as it is: what it re-exports is stubbed on its own.
 */
const path = require("node:path");

// Shared by every stub module: webpack bundles one `data:` module once.
const STUB_FACTORY = `export function unavailable(name, module) {
  const fail = (member) => {
    throw new Error(
      "openai SDK: " + name + (member ? "." + member : "") + " is left out of the kintone " +
        "plug-in bundle (" + module + "); see PLUGIN_SDK_STUBS in webpack.config.js.",
    );
  };
  const passive = (key) => typeof key === "symbol" || key === "then" || key === "toJSON";
  const instance = () =>
    new Proxy({}, { get: (_target, key) => (passive(key) ? undefined : fail(String(key))) });
  return new Proxy(function () {}, {
    apply: () => fail(),
    construct: () => instance(),
    get: (target, key) =>
      passive(key) || key === "prototype" || key === "name" ? target[key] : fail(String(key)),
  });
}`;
const STUB_FACTORY_MODULE = `data:text/javascript,${encodeURIComponent(STUB_FACTORY)}`;

const EXPORTED_DECLARATION = /^export (?:class|(?:async )?function\*?) +([\w$]+)/gm;

/** @this {{ resourcePath: string, rootContext: string }} */
module.exports = function stubSdkModule(source) {
  const names = [...source.matchAll(EXPORTED_DECLARATION)].map((match) => match[1]);
  if (names.length === 0) return source;
  const modulePath = JSON.stringify(
    path.relative(this.rootContext, this.resourcePath).split(path.sep).join("/"),
  );
  return [
    `import { unavailable } from ${JSON.stringify(STUB_FACTORY_MODULE)};`,
    ...names.map(
      (name) => `export const ${name} = unavailable(${JSON.stringify(name)}, ${modulePath});`,
    ),
  ].join("\n");
};
