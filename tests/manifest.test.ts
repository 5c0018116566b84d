import {expect} from '@open-wc/testing';

// dist/custom-elements.json (written by `npm run build`, read by IDEs, docs and
// framework typings) documents the public API and nothing else.

interface Item {
  name: string;
  privacy?: string;
  static?: boolean;
  inheritedFrom?: {name: string; module?: string; package?: string};
}
interface Element {
  kind: string;
  name: string;
  tagName?: string;
  summary?: string;
  superclass?: {name: string; module?: string; package?: string};
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: {path: string; declarations?: Element[]; exports?: {declaration?: {module?: string}}[]}[];
}

/** The public attributes of each element: they stay as they are (issue 9). */
const attributes: Record<string, string[]> = {
  'care-star-rating': [
    'value',
    'max',
    'count',
    'stars',
    'min-votes',
    'procedure',
    'hide-text',
    'vote',
    'submit-url',
    'name',
    'required',
    'score',
    'show-distribution',
  ],
  'care-procedure-comparison': ['procedures', 'rows', 'differences-only'],
  'care-risk-list': ['procedure', 'procedures', 'heading-level', 'hide-general', 'expanded', 'frequency-display'],
  'care-doctor-card': [
    'doctor',
    'profile-url',
    'booking-url',
    'link-target',
    'link-rel',
    'heading-level',
    'structured-data',
  ],
  'care-related-doctors': ['procedure', 'heading-level', 'link-target', 'link-rel'],
};
const tags = Object.keys(attributes);

/** Names that are internal and once leaked into the manifest. */
const internalNames = ['outbox', 'flush', 'uuid', 'retry', 'iconArray', 'physicianJsonLd', 'styles', 'waitFor'];

let manifest: Manifest;
before(async () => {
  const response = await fetch('/dist/custom-elements.json');
  expect(response.ok, 'dist/custom-elements.json (run npm run build)').to.equal(true);
  manifest = await response.json();
});
const declarations = () => manifest.modules.flatMap((module) => module.declarations ?? []);
const element = (tag: string) => declarations().find((declaration) => declaration.tagName === tag)!;

describe('custom-elements.json', () => {
  it('declares exactly the five custom elements, one module each, and nothing else', () => {
    expect(declarations().map((declaration) => declaration.tagName)).to.have.members(tags);
    expect(declarations()).to.have.length(tags.length);
    expect(declarations().every((declaration) => declaration.kind === 'class')).to.equal(true);
    const widgets = tags.map((tag) => tag.replace('care-', ''));
    // Paths name the shipped module a partner imports (scripts/package/declarations.mjs).
    expect(manifest.modules.map((module) => module.path)).to.have.members(
      widgets.map((widget) => `dist/npm/${widget}.js`),
    );
  });

  it('refers to no internal module, and declares no internal helper', () => {
    // Every file path the manifest points at (module paths and references).
    const paths: string[] = [];
    JSON.stringify(manifest, (key, value) => {
      if ((key === 'module' || key === 'path') && typeof value === 'string') paths.push(value);
      return value;
    });
    expect(paths.filter((path) => !/^dist\/npm\/[a-z-]+\.js$/.test(path))).to.deep.equal([]);
    const names = declarations().flatMap((declaration) => [
      declaration.name,
      ...(declaration.members ?? []).map((member) => member.name),
    ]);
    expect(names.filter((name) => internalNames.includes(name))).to.deep.equal([]);
  });

  for (const tag of tags) {
    describe(`<${tag}>`, () => {
      it('has a one-line @summary', () => {
        expect(element(tag).summary)
          .to.be.a('string')
          .and.match(/^\S.{10,120}$/);
      });

      it('lists exactly its public attributes, plus the inherited src', () => {
        const names = (element(tag).attributes ?? []).map((attribute) => attribute.name);
        expect(names).to.have.members([...attributes[tag], 'src']);
      });

      it('lists only public, per-instance members, including the inherited src and content', () => {
        const members = element(tag).members ?? [];
        expect(members.filter((member) => member.privacy && member.privacy !== 'public')).to.deep.equal([]);
        expect(members.filter((member) => member.static)).to.deep.equal([]);
        for (const name of ['src', 'content']) {
          const member = members.find((candidate) => candidate.name === name);
          expect(member, name).to.exist;
          expect(member!.inheritedFrom).to.deep.equal({name: 'CareElement', package: 'care-widgets'});
        }
        expect(element(tag).superclass).to.deep.equal({name: 'CareElement', package: 'care-widgets'});
      });

      it('documents its parts, including the "not available" message, and its CSS properties', () => {
        const parts = (element(tag).cssParts ?? []).map((part) => part.name);
        expect(parts).to.include('message');
        const properties = (element(tag).cssProperties ?? []).map((property) => property.name);
        expect(properties.length).to.be.greaterThan(0);
        expect(properties.every((name) => name.startsWith(`--care-`))).to.equal(true);
      });
    });
  }

  it('documents the care-vote event of the star rating', () => {
    expect((element('care-star-rating').events ?? []).map((event) => event.name)).to.deep.equal(['care-vote']);
  });
});
