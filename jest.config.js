/** Jest: ts-jest transpiles (type checking is `npm run typecheck`), node environment by default. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true },
      },
    ],
  },
  // office-addin-mock -> office-addin-manifest pulls ESM-only packages that jest on Node 20 cannot require.
  // The mock only uses the OfficeApp enum, which lives in this dependency-free file (see TOOLCHAIN.md).
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  setupFiles: ["<rootDir>/test/setup/custom-functions.ts"],
  testTimeout: 60000,
};
