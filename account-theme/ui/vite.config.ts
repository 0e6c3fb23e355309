import { defineConfig } from "vite";

// Built like Keycloak's own keycloak.v3 account console: React comes from the server's import map
// (index.ftl of keycloak.v3 maps react, react-dom and react/jsx-runtime to its vendor copies), and
// the server finds the entry script through .vite/manifest.json in the theme's resources.
export default defineConfig({
  base: "",
  logLevel: "warn",
  publicDir: "public",
  esbuild: { jsx: "automatic" },
  build: {
    outDir: "../target/ui-build/theme/mfa-portal/account/resources",
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    modulePreload: false,
    rollupOptions: {
      input: "src/main.tsx",
      external: ["react", "react/jsx-runtime", "react-dom", "react-dom/client"],
      // The server's vendor react-dom module exports createRoot itself.
      output: { paths: { "react-dom/client": "react-dom" } },
    },
  },
});
