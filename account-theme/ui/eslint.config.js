// ESLint for the account console theme: `npm run lint` (ESLint, then Prettier's check), run by Maven before the build.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended, {
  languageOptions: { globals: globals.browser },
});
