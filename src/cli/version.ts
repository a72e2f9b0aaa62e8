// Replaced by esbuild with the version from package.json (see esbuild.mjs).
declare const SECRET_HYGIENE_VERSION: string | undefined;

export const TOOL_VERSION: string = typeof SECRET_HYGIENE_VERSION === "string" ? SECRET_HYGIENE_VERSION : "0.0.0-dev";
