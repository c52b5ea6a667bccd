import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// `vite dev` runs the SPA alone; the API (npm start) answers these paths on port 4000.
const API = "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { "/graphql": API, "/uploads": API, "/candidate-data": API, "/reports": API, "/healthz": API },
  },
  build: {
    // scripts/size.mjs reads the manifest to add up what the sign-in screen loads.
    manifest: true,
    // Only the lazily loaded playground (GraphiQL + CodeMirror) is this big; size.mjs guards sign-in.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      onwarn(warning, warn) {
        // GraphiQL's react-compiler-runtime starts with "use no memo", which bundling drops harmlessly.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE" && (warning.id ?? "").includes("node_modules")) return;
        warn(warning);
      },
    },
  },
});
