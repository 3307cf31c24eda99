// Set by the offline integration (index.ts) through Vite's `define`: the build's time, ISO 8601.
declare const __FIREBREAK_BUILT_AT__: string;
