import { defineConfig } from "vite";

// Built like the account theme (account-theme/ui): React comes from the server's import map (keycloak.v2's
// admin index.ftl maps react, react-dom and react/jsx-runtime to its vendor copies), and the server finds the
// entry script through .vite/manifest.json in the theme's resources.
export default defineConfig({
  base: "",
  logLevel: "warn",
  esbuild: { jsx: "automatic" },
  build: {
    outDir: "../target/ui-build/theme/mfa-portal/admin/resources",
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 8000,
    modulePreload: false,
    rollupOptions: {
      input: "src/main.tsx",
      external: ["react", "react/jsx-runtime", "react-dom", "react-dom/client"],
      // One chunk: keycloak.v2's index.ftl writes the entry's manifest `imports` as <link rel="modulepreload"> by
      // their manifest keys (`_index-....js`), which are no files (two 404s per page load). Inlining the lazy
      // imports leaves the entry without any (about 300 kB more to load on the first page, cached after).
      output: { paths: { "react-dom/client": "react-dom" }, inlineDynamicImports: true },
    },
  },
});
