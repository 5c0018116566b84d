import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import typescript from '@rollup/plugin-typescript';
import {idiomaticDecoratorsTransformer} from '@lit/ts-transformers';
import {rmSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

// Chunk names carry content hashes: start from an empty dist/ so old chunks
// are neither shipped nor hashed into integrity.json.
rmSync(new URL('./dist', import.meta.url), {recursive: true, force: true});

/**
 * Lit creates a Trusted Types policy named "lit-html"; a partner page that
 * already runs Lit would make a second one throw under a strict CSP. The
 * bundled Lit uses the suite's own policy instead (src/security/trusted-types.ts).
 */
function useOwnTrustedTypesPolicy() {
  const pattern = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/;
  const policyModule = fileURLToPath(new URL('./src/security/trusted-types.ts', import.meta.url));
  return {
    name: 'use-own-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!pattern.test(code)) this.error('Lit changed its Trusted Types policy code; update rollup.config.mjs.');
      const patched = code.replace(pattern, 'careWidgetsPolicy');
      return {
        code: `import {policy as careWidgetsPolicy} from ${JSON.stringify(policyModule)};\n${patched}`,
        map: null,
      };
    },
  };
}

/**
 * msg() options carry a `desc` for translators (it goes into the XLIFF);
 * at run time it is dead weight in every partner's download.
 */
function stripTranslatorNotes() {
  const desc = /\bdesc:\s*(?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\$])*`)\s*,?/g;
  return {
    name: 'strip-translator-notes',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('desc')) return null;
      return {code: code.replace(desc, ''), map: null};
    },
  };
}

/**
 * lit-localize hashes a message's text into an id when msg() has no `id`.
 * Every message here has one (check:localize enforces it), so the hashing
 * code is replaced by a stub that makes an id-less message show its source text.
 */
function withoutIdGeneration() {
  const stub = '\0care-widgets:no-id-generation';
  return {
    name: 'without-id-generation',
    resolveId: (source, importer) =>
      source === './id-generation.js' && /@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/.test(importer ?? '')
        ? stub
        : null,
    load: (id) => (id === stub ? 'export const generateMsgId = () => "";' : null),
  };
}

const plugins = ({sourceMap = true, outDir = 'dist', exportConditions = [], staticProperties = false} = {}) => [
  withoutIdGeneration(),
  nodeResolve({exportConditions}),
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    sourceMap,
    outDir,
    noEmitOnError: false,
    // The CDN files: Lit's own transformer writes the decorators as `static
    // properties`, so no decorator helpers and no call per property are in every
    // visitor's download (~0.5 KB gzip). The npm modules keep the decorators, so
    // a class's prototype has its properties before it is defined, as the
    // ./api test and tools that inspect classes (React wrappers in Node) expect.
    transformers: staticProperties
      ? {before: [{type: 'program', factory: (program) => idiomaticDecoratorsTransformer(program)}]}
      : undefined,
  }), // npm run typecheck reports type errors,
  useOwnTrustedTypesPolicy(),
  stripTranslatorNotes(),
  minifyHTML(),
  terser({ecma: 2021, module: true, format: {comments: false}, compress: {passes: 2}}),
];

// Locale modules go to locales/ (imported relative to the entry, so they load from wherever
// the script is hosted); shared and on-demand code to chunks/.
const chunkFileNames = (chunk) =>
  chunk.facadeModuleId && /generated[\\/]locales[\\/]/.test(chunk.facadeModuleId)
    ? 'locales/[name].js'
    : 'chunks/[name]-[hash].js';

// The npm package's modules (see "exports" in package.json). One module graph for every
// entry, so `./api`, `./star-rating.js` and the main entry share one copy of each class
// and of Lit. The CDN files above stay self-contained single entries.
const packageEntries = {
  index: 'src/define.ts',
  api: 'src/index.ts',
  node: 'src/entries/node.ts',
  'star-rating': 'src/entries/star-rating.ts',
  'procedure-comparison': 'src/entries/procedure-comparison.ts',
  'risk-list': 'src/entries/risk-list.ts',
  'doctor-card': 'src/entries/doctor-card.ts',
  'related-doctors': 'src/entries/related-doctors.ts',
};

export default [
  {
    input: 'src/define.ts',
    // Without this the entry becomes an empty re-export of a shared chunk.
    preserveEntrySignatures: 'allow-extension',
    plugins: plugins({staticProperties: true}),
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'care-widgets.js',
      chunkFileNames,
    },
  },
  {
    input: 'src/define.ts',
    plugins: plugins({staticProperties: true}),
    output: {
      file: 'dist/care-widgets.iife.js',
      format: 'iife',
      sourcemap: true,
      inlineDynamicImports: true,
    },
  },
  {
    input: packageEntries,
    preserveEntrySignatures: 'strict',
    plugins: plugins({sourceMap: false, outDir: 'dist/npm'}),
    output: {dir: 'dist/npm', format: 'es', entryFileNames: '[name].js', chunkFileNames},
  },
  // The same modules for Node (the `node` export condition of ./api and ./<widget>.js), built
  // with Lit's Node build, which stands in for HTMLElement: server code (React wrappers during
  // server rendering, content checks) can import the classes without a DOM.
  {
    input: Object.fromEntries(Object.entries(packageEntries).filter(([name]) => name !== 'index' && name !== 'node')),
    preserveEntrySignatures: 'strict',
    plugins: plugins({sourceMap: false, outDir: 'dist/npm/node', exportConditions: ['node']}),
    output: {dir: 'dist/npm/node', format: 'es', entryFileNames: '[name].js', chunkFileNames},
  },
  {
    // The server build (dist/ssr/, package subpath ./ssr): the same sources
    // through the same template minification, so server and browser render
    // the same templates; Lit stays external, so the renderer and the widgets
    // share one Lit. Not minified otherwise: readable stack traces on servers.
    input: 'src/ssr/index.ts',
    external: (id) => /^(lit|lit-html|lit-element|@lit|@lit-labs\/[^/]+|parse5)(\/|$)/.test(id),
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        include: ['src/**/*.ts'],
        sourceMap: true,
        outDir: 'dist/ssr',
        noEmitOnError: false,
      }),
      stripTranslatorNotes(),
      minifyHTML(),
    ],
    output: {dir: 'dist/ssr', format: 'es', sourcemap: true, entryFileNames: 'index.js', inlineDynamicImports: true},
  },
];
