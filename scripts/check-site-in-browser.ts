// After `npm run docs`, in a real browser (Debian's chromium, headless): screenshots of the home page, a guide, a
// module and a function page into .out/site-shots/, and the site's own search run on Chinese and English words.
// Fails if a word finds nothing. Needs `chromium` on PATH (apt-get install chromium fonts-noto-cjk).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const site = join(root, 'site');
const shots = join(root, '.out', 'site-shots');
mkdirSync(shots, { recursive: true });
const chromium = (args: readonly string[]): string =>
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000 });

const pages = { home: 'index.html', guide: 'documents/Amounts_and_rounding.html', module: 'modules/money.html', function: 'functions/money.parseAmount.html' };
for (const [name, page] of Object.entries(pages)) {
  chromium(['--window-size=1400,1000', '--virtual-time-budget=3000', `--screenshot=${join(shots, `${name}.png`)}`, pathToFileURL(join(site, page)).href]);
}

// The home page with a script that types each word into the search box and records what the list shows.
const words = ['东西部', '万元', '扶贫协作', 'parseAmount'];
const probe = `<script>
window.addEventListener('load', () => {
  const words = ${JSON.stringify(words)}, found = {};
  const step = (i) => {
    if (i === words.length) { document.body.setAttribute('data-found', JSON.stringify(found)); return; }
    const input = document.getElementById('tsd-search-input');
    input.value = words[i];
    input.dispatchEvent(new Event('input', { bubbles: true }));
    setTimeout(() => { found[words[i]] = [...document.querySelectorAll('#tsd-search-results li')].map((li) => li.textContent.trim()); step(i + 1); }, 800);
  };
  setTimeout(() => step(0), 1500);
});
</script>`;
const probePage = join(site, 'search-probe.html');
writeFileSync(probePage, readFileSync(join(site, 'index.html'), 'utf8').replace('</body>', `${probe}</body>`));
let dom: string;
try {
  dom = chromium(['--virtual-time-budget=10000', '--dump-dom', pathToFileURL(probePage).href]);
} finally {
  rmSync(probePage);
}
const attribute = /data-found="([^"]*)"/.exec(dom)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const found = JSON.parse(attribute ?? '{}') as Record<string, string[]>;
let missing = 0;
for (const word of words) {
  const results = found[word] ?? [];
  console.log(`search ${word}: ${results.length} results${results.length > 0 ? ` (${results.slice(0, 3).join('; ')})` : ''}`);
  if (results.length === 0) missing += 1;
}
console.log(`screenshots in ${shots}`);
process.exit(missing === 0 ? 0 : 1);
