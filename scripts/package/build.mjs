// The npm package's generated files, after rollup and the manifest (see "build" in package.json):
// type declarations, framework and editor typings, React wrappers. In this order: the typings
// and wrappers read the manifest whose module paths declarations.mjs points at dist/.
await import('./declarations.mjs');
await import('./framework-types.mjs');
await import('./react-wrappers.mjs');
