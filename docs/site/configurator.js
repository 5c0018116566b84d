// The configurator: builds an embed snippet from the form, shows it as text, and runs exactly
// that text in the preview frame. Values that reach the snippet are either from fixed option
// lists or checked with CSS.supports / URL parsing, so the snippet is never broken HTML.
const form = document.getElementById('configurator');
const snippetBox = document.getElementById('snippet');
const preview = document.getElementById('preview');
const themeProblem = document.getElementById('theme-problem');
const copyStatus = document.getElementById('copy-status');
const snippetNote = document.getElementById('snippet-note');
const sampleUrl = new URL('content/sample.json', location.href).href;
const integrity = fetch(new URL('dist/integrity.json', location.href)).then((response) => response.json());

form.elements.base.value = new URL('dist/', location.href).href;

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const isHttpUrl = (value) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** The widget elements as [tag, attributes], one per chosen procedure (the comparison takes them all at once). */
function elements(values) {
  const shared = [values.lang && ['lang', values.lang], values.src && ['src', values.src]];
  const tag = values.widget;
  const element = (own) => [tag, [own, ...shared].filter(Boolean)];
  if (tag === 'care-doctor-card') return [element(['doctor', values.doctor])];
  if (tag === 'care-procedure-comparison') return [element(['procedures', values.procedures.join(' ')])];
  return values.procedures.map((id) => element(['procedure', id]));
}

const markup = ([tag, attributes]) =>
  `<${tag} ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></${tag}>`;

// The docs are served by the care-widgets server under /docs/, so its render route is ../render/.
// Opened as static files there is none: then the configurator says so and shows the CLI instead.
const renderUrl = ([tag, attributes]) => new URL(`../render/${tag}?${new URLSearchParams(attributes)}`, location.href);
// The docs' copy of the sample is the server's /content/sample.json, which it renders from its
// content folder (it fetches other documents only from its allowed origins).
const serverSample = new URL('../content/sample.json', location.href).href;

/** Answers already rendered, by URL: going back to an earlier choice asks the server again for nothing. */
const renders = new Map();

/**
 * Each element with its declarative shadow root, from the server: {widgets}, or {problem}
 * ('busy' when the server's rate limit says wait, 'unreachable' when there is no render route).
 */
async function prerendered(list) {
  try {
    const widgets = await Promise.all(
      list.map(async ([tag, attributes]) => {
        const element = [tag, attributes.map(([name, value]) => [name, value === sampleUrl ? serverSample : value])];
        const url = renderUrl(element).href;
        if (!renders.has(url)) {
          const response = await fetch(url);
          if (response.status === 429) throw new Error('busy');
          if (!response.ok || !response.headers.get('content-type')?.startsWith('text/html')) throw new Error();
          renders.set(url, await response.text());
        }
        return renders.get(url);
      }),
    );
    return {widgets};
  } catch (error) {
    return {problem: error.message === 'busy' ? 'busy' : 'unreachable'};
  }
}

const cliCommand = 'npx care-widgets render page.html';
/** The line above the snippet: plain text and one command, built as DOM (never HTML). */
function showNote(text, command) {
  snippetNote.replaceChildren(
    ...(text ? [text] : []),
    ...(command ? [Object.assign(document.createElement('code'), {textContent: command})] : []),
  );
}

function themeRule(values) {
  const problems = [];
  const declarations = [];
  if (values.accent) {
    if (CSS.supports('color', values.accent) && !/[;{}<>]/.test(values.accent))
      declarations.push(`--care-accent: ${values.accent};`);
    else problems.push(`"${values.accent}" is not a CSS colour.`);
  }
  if (values.radius) {
    if (CSS.supports('border-radius', values.radius) && !/[;{}<>]/.test(values.radius))
      declarations.push(`--care-radius: ${values.radius};`);
    else problems.push(`"${values.radius}" is not a CSS length.`);
  }
  if (values.font) declarations.push(`--care-font-family: ${values.font};`);
  themeProblem.textContent = problems.join(' ');
  return declarations.length ? `<style>\n  ${values.widget} {\n    ${declarations.join('\n    ')}\n  }\n</style>` : '';
}

async function scripts(values) {
  const base = isHttpUrl(values.base)
    ? new URL(values.base.endsWith('/') ? values.base : `${values.base}/`).href
    : new URL('dist/', location.href).href;
  const css = `<link rel="stylesheet" href="${escapeAttribute(base)}care-widgets.css" />`;
  if (values.embed === 'module' || values.embed === 'pre-rendered')
    return [css, `<script type="module" src="${escapeAttribute(base)}care-widgets.js"></script>`];
  const classic = `${escapeAttribute(base)}care-widgets.iife.js`;
  if (values.embed === 'classic') return [css, `<script src="${classic}" defer></script>`];
  const hashes = await integrity;
  return [
    css,
    `<script src="${classic}" integrity="${hashes['care-widgets.iife.js']}" crossorigin="anonymous" defer></script>`,
  ];
}

function read() {
  const data = new FormData(form);
  return {
    widget: data.get('widget'),
    procedures: data.getAll('procedure').length ? data.getAll('procedure') : ['kyphoplasty'],
    doctor: data.get('doctor'),
    src: isHttpUrl(data.get('src')) ? data.get('src') : '',
    lang: data.get('lang'),
    accent: data.get('accent').trim(),
    radius: data.get('radius').trim(),
    font: data.get('font'),
    embed: data.get('embed'),
    base: data.get('base').trim(),
  };
}

let latest = 0;
async function update() {
  const run = ++latest;
  const values = read();
  document.getElementById('procedures').hidden = values.widget === 'care-doctor-card';
  document.getElementById('doctor-field').hidden = values.widget !== 'care-doctor-card';
  const list = elements(values);
  let widgets = list.map(markup);
  let note = ['', ''];
  if (values.embed === 'pre-rendered') {
    const rendered = await prerendered(list);
    if (rendered.widgets) {
      widgets = rendered.widgets;
      note = ['Pre-rendered by this server. You can produce the same at build time: ', cliCommand];
    } else if (rendered.problem === 'busy') {
      note = [
        'The server has had too many render requests from you this minute; try again shortly. ' +
          'Below is the module embed; to pre-render it at build time, save your page as page.html and run: ',
        cliCommand,
      ];
    } else {
      note = [
        'Pre-rendering needs the care-widgets server (npm start serves these docs with it), and it cannot be reached from this page. ' +
          'Below is the module embed; to pre-render it at build time, save your page as page.html and run: ',
        cliCommand,
      ];
    }
  }
  const snippet = [...(await scripts(values)), themeRule(values), ...widgets].filter(Boolean).join('\n') + '\n';
  if (run !== latest) return; // a newer change is already being shown
  showNote(...note);
  snippetBox.value = snippet;
  copyStatus.textContent = '';
  preview.srcdoc = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8" /></head>\n<body>\n${snippet}</body>\n</html>`;
}

// The doctor widgets have no built-in content: suggest the sample document while one is chosen.
form.elements.widget.addEventListener('change', () => {
  const doctors = form.elements.widget.value.includes('doctor');
  if (doctors && !form.elements.src.value) form.elements.src.value = sampleUrl;
  if (!doctors && form.elements.src.value === sampleUrl) form.elements.src.value = '';
});
form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    snippetBox.select(); // no clipboard permission (e.g. plain http): the reader copies it themselves
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

update();
