// ESLint for the account console theme: `npm run lint` (ESLint, then Prettier's check), run by Maven before the build.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The page talks only to the portal's REST (src/two-step/api.ts) and Keycloak's account API (through the library).
const ONLY_THROUGH_API = [
  { name: "fetch", message: "Call the server through src/two-step/api.ts (the portal REST) or the account library." },
  { name: "XMLHttpRequest", message: "Call the server through src/two-step/api.ts." },
];

export default defineConfig(
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  { languageOptions: { globals: globals.browser } },
  { ignores: ["src/two-step/api.ts"], rules: { "no-restricted-globals": ["error", ...ONLY_THROUGH_API] } },
);
