import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/**
 * Lit names its Trusted Types policy "lit-html"; a partner page that already
 * runs Lit would make our createPolicy throw under a strict CSP. Ours is
 * "care-widgets". When both builds (or one build twice) are on a page, only
 * the copy that runs first creates it: a CSP without 'allow-duplicates'
 * rejects a second policy of that name, and the later copy never renders
 * (its tags are already defined by the first). Only a flag goes on
 * globalThis, never the policy itself, so no page script can borrow it.
 */
function renameTrustedTypesPolicy() {
  const pattern = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
  return {
    name: 'rename-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!pattern.test(code)) this.error('Lit changed its Trusted Types policy code; update rollup.config.mjs.');
      return {
        code: code.replace(pattern, '(globalThis.careWidgetsTrustedTypes?void 0:(globalThis.careWidgetsTrustedTypes=1,$1.createPolicy("care-widgets",$2)))'),
        map: null,
      };
    },
  };
}

const plugins = () => [
  nodeResolve(),
  typescript({tsconfig: './tsconfig.json', include: ['src/**/*.ts'], sourceMap: true, outDir: 'dist', noEmitOnError: false}), // npm run typecheck reports type errors,
  renameTrustedTypesPolicy(),
  terser({ecma: 2021, module: true, format: {comments: false}, compress: {passes: 2}}),
];

export default [
  {
    input: 'src/define.ts',
    // Without this the entry becomes an empty re-export of a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: plugins(),
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'care-widgets.js',
      // Locale chunks are imported relative to the entry, so they load from
      // wherever the script itself is hosted.
      chunkFileNames: (chunk) =>
        chunk.facadeModuleId && /generated[\\/]locales[\\/]/.test(chunk.facadeModuleId)
          ? 'locales/[name].js'
          : 'chunks/[name]-[hash].js',
    },
  },
  {
    input: 'src/define.ts',
    plugins: plugins(),
    output: {
      file: 'dist/care-widgets.iife.js',
      format: 'iife',
      sourcemap: true,
      inlineDynamicImports: true,
    },
  },
];
