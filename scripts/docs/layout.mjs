// The one page layout of the docs site: plain static HTML, one stylesheet, the real widgets.
export const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

/** Inline `code` and line breaks of a manifest description, escaped. */
export const describe = (text) =>
  escape(text ?? '')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\n\n+/g, '</p><p>')
    .replace(/\n/g, ' ');

export function page({title, file, body, widgets, nav, scripts = []}) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)} · care-widgets</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="docs.css" />
    <link rel="stylesheet" href="dist/care-widgets.css" />
    <script type="module" src="dist/care-widgets.js"></script>
${scripts.map((src) => `    <script type="module" src="${src}"></script>`).join('\n')}
  </head>
  <body>
    <header>
      <a class="home" href="index.html">care-widgets</a>
      <nav aria-label="Docs">
        <ul>
${nav.map(({href, label}) => `          <li><a href="${href}"${href === file ? ' aria-current="page"' : ''}>${escape(label)}</a></li>`).join('\n')}
        </ul>
      </nav>
    </header>
    <main>
${body}
    </main>
    <footer><p>Widgets: ${widgets.map((w) => `<a href="${w.name}.html">&lt;${w.tag}&gt;</a>`).join(' · ')}</p></footer>
  </body>
</html>
`;
}
