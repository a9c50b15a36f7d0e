// The mock portal's own script (external: the page runs under a strict CSP).
const root = document.documentElement;
const texts = new Map();
for (const element of document.querySelectorAll('[data-en]')) texts.set(element, element.textContent);

function setLanguage(lang) {
  root.lang = lang; // the widget follows the page's language
  for (const [element, vi] of texts) element.textContent = lang === 'en' ? element.dataset.en : vi;
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  const url = new URL(location.href);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  history.replaceState(null, '', url);
}

for (const button of document.querySelectorAll('[data-lang]')) button.addEventListener('click', () => setLanguage(button.dataset.lang));
setLanguage(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi');

const candidate = document.getElementById('candidate');
const log = document.getElementById('log');
function write(line) {
  log.textContent = `${line}\n${log.textContent}`.split('\n').slice(0, 12).join('\n');
}
candidate.addEventListener('truongthon-verdict', (event) => {
  const { verdict, result } = event.detail;
  write(`truongthon-verdict → ${verdict} (${result.findings.map((f) => f.code).join(', ') || '—'}; missing: ${result.missing.join(', ') || '—'})`);
});
candidate.addEventListener('truongthon-change', (event) => write(`truongthon-change → ${event.detail.result.verdict}`));

document.getElementById('set-date').addEventListener('change', (event) => candidate.setAttribute('election-date', event.target.value));
document.getElementById('set-province').addEventListener('change', (event) => candidate.setAttribute('province', event.target.value));
document.getElementById('set-require').addEventListener('change', (event) => (candidate.requireEligible = event.target.checked));
document.getElementById('set-disabled').addEventListener('change', (event) => (document.getElementById('form-fieldset').disabled = event.target.checked));
