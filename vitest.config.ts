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
          // A few tests render every page of a package (about a second alone); on a busy machine
          // (CI beside other jobs) that can take several times longer, which is not a failure.
          testTimeout: 30_000,
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
