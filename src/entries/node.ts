/**
 * The package's main entry under Node (the `node` export condition): server code of an
 * SSR framework may import the package, but there is no DOM to register tags in, so this
 * registers nothing and throws nothing. The widgets upgrade in the browser.
 */
export {};
