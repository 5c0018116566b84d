// The manifest documents the public API and nothing else: the five elements,
// with their public members, attributes, events, parts and CSS properties.
// The analyzer reads the five component modules, plus the base class only so
// that `src` and `content` are inherited; the plugin below then drops every
// declaration that is not a custom element, every private/protected or static
// member, and the paths of internal modules.
const widgets = ['star-rating', 'procedure-comparison', 'risk-list', 'doctor-card', 'related-doctors'];
const baseClass = 'src/internal/care-element.ts';

/** Keeps only the custom elements and their public, per-instance API. */
function publicApiOnly() {
  const isPublic = (member) => !member.privacy || member.privacy === 'public';
  return {
    name: 'care-widgets: public API only',
    packageLinkPhase({customElementsManifest}) {
      const modules = [];
      for (const module of customElementsManifest.modules) {
        const elements = (module.declarations ?? []).filter((declaration) => declaration.tagName);
        if (!elements.length) continue;
        const names = elements.map((element) => element.name);
        const exports = (module.exports ?? []).filter((entry) => names.includes(entry.declaration?.name));
        modules.push({...module, declarations: elements, exports});
        for (const element of elements) {
          element.members = (element.members ?? []).filter((member) => isPublic(member) && !member.static);
          // The base class is internal: name it as part of the package, not by its file.
          const fromPackage = (reference) => ({name: reference.name, package: 'care-widgets'});
          if (element.superclass?.name === 'CareElement') element.superclass = fromPackage(element.superclass);
          for (const item of [...element.members, ...(element.attributes ?? [])])
            if (item.inheritedFrom) item.inheritedFrom = fromPackage(item.inheritedFrom);
        }
      }
      customElementsManifest.modules = modules;
    },
  };
}

export default {
  globs: [...widgets.map((widget) => `src/components/${widget}/${widget}.ts`), baseClass],
  outdir: 'dist',
  litelement: true,
  plugins: [publicApiOnly()],
};
