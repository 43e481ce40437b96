import { defineConfig } from "vitest/config";

// Tests are deterministic: one fixed time zone, whatever the machine's.
process.env["TZ"] = "Asia/Ho_Chi_Minh";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
        },
      },
      {
        test: {
          // Runs the real check and `astro build` on edited copies of data/ (a few seconds each).
          name: "build",
          include: ["tests/build/**/*.test.ts"],
          testTimeout: 180_000,
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/browser/globalSetup.ts"],
          // One Chromium at a time: the machine has two cores and the build is shared.
          fileParallelism: false,
          // Some tests visit every page (76 of them) in one test.
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
