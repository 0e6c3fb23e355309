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
      output: { paths: { "react-dom/client": "react-dom" } },
    },
  },
});
