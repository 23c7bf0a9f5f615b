// After `typedoc`: checks that every internal link of the API site in site/ resolves, in the pages and in the
// navigation tree (assets/navigation.js): the file exists and, for `#anchor`, the page has that id. Every API name
// in a code span of the README or a guide must be a link, and the README's and each guide's page has one title. External links are listed, not fetched.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';

const site = resolve(import.meta.dirname, '..', 'site');
const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const idsCache = new Map<string, ReadonlySet<string>>();
function idsOf(file: string): ReadonlySet<string> {
  let ids = idsCache.get(file);
  if (ids === undefined) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((match) => match[1] ?? ''));
    idsCache.set(file, ids);
  }
  return ids;
}

const broken: string[] = [];
const external = new Set<string>();
let checked = 0;
function check(from: string, href: string, where: string): void {
  if (/^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(href)) {
    if (!/^(?:javascript|data):/i.test(href)) external.add(href);
    return;
  }
  checked += 1;
  const [path = '', fragment] = decodeURI(href).split('#');
  const target = path === '' ? from : resolve(dirname(from), path.split('?')[0] ?? '');
  if (!existsSync(target)) {
    broken.push(`${where}: ${href} (no file ${relative(site, target)})`);
    return;
  }
  if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${where}: ${href} (no #${fragment} in ${relative(site, target)})`);
}

// The API names: one page per export, named <area>.<name>.html.
const exportPages = pages.filter((page) => /^(?:functions|types|interfaces|variables|classes)\//.test(page.replace(/\\/g, '/')));
const apiNames = new Set(exportPages.map((page) => page.replace(/\.html$/, '').split('.').at(-1) ?? ''));
const unlinked: string[] = [];
const doubled: string[] = [];

for (const page of pages) {
  const file = join(site, page);
  const html = readFileSync(file, 'utf8');
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) check(file, (match[1] ?? '').replace(/&amp;/g, '&'), page);
  const isGuide = page === 'index.html' || page.replace(/\\/g, '/').startsWith('documents/');
  if (!isGuide) continue;
  // The home page and each guide carry their own title once: the page's own heading is turned off.
  const titles = html.match(/<h1[\s>]/g)?.length ?? 0;
  if (titles !== 1) doubled.push(`${page}: ${titles} titles`);
  for (const match of html.matchAll(/<code>([A-Za-z_$][\w$]*)(?:\([^<]*\)|&lt;[^<]*&gt;)?<\/code>/g)) {
    if (!apiNames.has(match[1] ?? '')) continue;
    const before = html.slice(0, match.index);
    const tag = before.slice(before.lastIndexOf('<'));
    if (!tag.startsWith('<a ')) unlinked.push(`${page}: ${match[1]}`);
  }
}

// The navigation tree is built in the browser from assets/navigation.js (base64 of deflated JSON); its paths are
// relative to the site's root.
const navigationScript = readFileSync(join(site, 'assets', 'navigation.js'), 'utf8');
const encoded = /"([^"]+)"/.exec(navigationScript)?.[1] ?? '';
interface NavigationNode { readonly path?: string; readonly children?: readonly NavigationNode[] }
const walk = (nodes: readonly NavigationNode[]): void => {
  for (const node of nodes) {
    if (node.path !== undefined) check(join(site, 'index.html'), node.path, 'navigation');
    walk(node.children ?? []);
  }
};
const navigation = JSON.parse(inflateSync(Buffer.from(encoded, 'base64')).toString('utf8')) as readonly NavigationNode[];
walk(navigation);

// Each guide links to its neighbours.
const guidePages = pages.filter((page) => page.replace(/\\/g, '/').startsWith('documents/'));
const isolated = guidePages.filter((page) => !/(?:Previous|Next): <a /.test(readFileSync(join(site, page), 'utf8')));

// Chinese words are in the search index: the site's search matches a query anywhere inside an indexed token.
const searchScript = readFileSync(join(site, 'assets', 'search.js'), 'utf8');
const searchData = JSON.parse(inflateSync(Buffer.from(/"([^"]+)"/.exec(searchScript)?.[1] ?? '', 'base64')).toString('utf8')) as { index: { invertedIndex: [string, unknown][] } };
const tokens = searchData.index.invertedIndex.map(([token]) => token);
const unfound = ['东西部', '万元', '扶贫', '公示'].filter((word) => !tokens.some((token) => token.includes(word)));

console.log(`${pages.length} pages, ${checked} internal links checked, ${broken.length} broken, ${unlinked.length} API names in guides not linked`);
console.log(`external links (not fetched): ${external.size}`);
for (const href of [...external].sort()) console.log(`  ${href}`);
console.log(`${guidePages.length - isolated.length} of ${guidePages.length} guides link to their neighbours; search tokens: ${tokens.length}`);
if (broken.length > 0 || unlinked.length > 0 || doubled.length > 0 || navigation.length === 0 || isolated.length > 0 || unfound.length > 0) {
  for (const line of [...broken, ...unlinked.map((line) => `not a link: ${line}`), ...doubled]) console.error(line);
  for (const page of isolated) console.error(`no previous/next links: ${page}`);
  for (const word of unfound) console.error(`not in the search index: ${word}`);
  process.exit(1);
}
