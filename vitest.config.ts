import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Suites start real servers, databases and a browser side by side on two cores: a harness
    // that takes 2 s alone can take over 10 s while the image test installs packages.
    hookTimeout: 60_000,
    testTimeout: 30_000,
  },
});
