import js from "@eslint/js";
import tseslint from "typescript-eslint";
import prettier from "eslint-config-prettier";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "plugin/js/", ".madoguchi/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        process: "readonly",
        __dirname: "readonly",
        console: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // src/core is pure: no DOM, no kintone, no network, no Node-only modules.
    files: ["src/core/**/*.ts"],
    // Tests and their fixtures run in Node only.
    ignores: ["src/core/**/*.test.ts", "src/core/**/__fixtures__/**"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "path", "http", "https", "child_process", "../../*"] },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "kintone",
        "fetch",
        "setTimeout",
        "setInterval",
        "process",
      ],
    },
  },
  prettier,
);
