// ESLint for the admin console theme: `npm run lint` (ESLint, then Prettier's check), run by Maven before the build.
// The same rules as account-theme/ui/eslint.config.js.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// The screens talk only to the portal's admin REST (src/portalApi.ts) and Keycloak's admin API (through the library).
const ONLY_THROUGH_API = [
  { name: "fetch", message: "Call the server through src/portalApi.ts (the portal REST) or the admin library." },
  { name: "XMLHttpRequest", message: "Call the server through src/portalApi.ts." },
];

export default defineConfig(
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  { languageOptions: { globals: globals.browser } },
  { ignores: ["src/portalApi.ts"], rules: { "no-restricted-globals": ["error", ...ONLY_THROUGH_API] } },
);
