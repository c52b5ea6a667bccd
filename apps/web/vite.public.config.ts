import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// react-router's package exports name only its development build (extra checks and warnings on
// every match and render: ~10% of a server-rendered job page's CPU); its production build sits beside it.
const routerDist = join(dirname(createRequire(import.meta.url).resolve("react-router/package.json")), "dist", "production");
const productionRouter = [
  { find: /^react-router\/dom$/, replacement: join(routerDist, "dom-export.mjs") },
  { find: /^react-router$/, replacement: join(routerDist, "index.mjs") },
];

/**
 * The public pages (national board, agency boards, ads, apply): a client bundle of their own and
 * the server renderer the API imports. The browser's copy runs on preact/compat, which hydrates
 * what react-dom/server rendered with a tenth of react-dom's weight (a job page's first load must
 * stay under 60 KB); the server renders with React itself. `vite build` (the app) runs first.
 */
export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react()],
  resolve: isSsrBuild
    ? { alias: productionRouter }
    : {
        alias: [
          ...productionRouter,
          { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
          { find: /^react-dom$/, replacement: "preact/compat" },
          { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
          { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
          { find: /^react$/, replacement: "preact/compat" },
        ],
      },
  // The domain package is TypeScript source: bundle it into the server renderer too.
  ssr: { noExternal: ["@app/domain"] },
  build: isSsrBuild
    ? {
        outDir: "dist/server",
        emptyOutDir: true,
        copyPublicDir: false,
        rolldownOptions: { input: "src/public/entry-server.tsx" },
      }
    : {
        outDir: "dist",
        emptyOutDir: false,
        copyPublicDir: false,
        manifest: ".vite/public-manifest.json",
        rolldownOptions: { input: { public: "src/public/entry-client.tsx" } },
      },
}));
