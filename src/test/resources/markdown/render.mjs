// Renders the Markdown on standard input with the JavaScript renderers websites use, for
// MarkdownInertTests: marked (GFM, raw HTML passed through, its default) and markdown-it twice
// (linkify on; raw HTML off, its default, and on). Writes one JSON object, renderer name → HTML.
// The packages come from the folder given as the first argument (target/markdown-renderers/node_modules,
// which .ci/run fills with npm); nothing is installed here.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(process.argv[2] + '/');
const { marked } = await import(require.resolve('marked'));
const MarkdownIt = require('markdown-it');
const markdown = readFileSync(0, 'utf8');
process.stdout.write(JSON.stringify({
  'marked': marked.parse(markdown, { gfm: true }),
  'markdown-it': new MarkdownIt({ html: false, linkify: true }).render(markdown),
  'markdown-it html': new MarkdownIt({ html: true, linkify: true }).render(markdown),
}));
