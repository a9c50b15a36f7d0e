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

// The election-meeting element.
const election = document.getElementById('election');
election.addEventListener('truongthon-result', (event) => {
  const { outcome, result } = event.detail;
  const shares = result.candidates.map((c) => `${c.name} ${c.percent}%`).join(', ') || '—';
  const steps = [result.recognition, result.rerun, result.interim, result.newElection].filter(Boolean).map((s) => `${s.id} ${s.date ?? '—'}`).join(', ') || '—';
  write(`truongthon-result → ${outcome} (shares: ${shares}; steps: ${steps})`);
});
election.addEventListener('truongthon-change', (event) => write(`truongthon-change → ${event.detail.result.outcome}`));
document.getElementById('set-meeting-date').addEventListener('change', (event) => {
  if (event.target.value) election.setAttribute('meeting-date', event.target.value);
  else election.removeAttribute('meeting-date');
});
document.getElementById('set-election-province').addEventListener('change', (event) => election.setAttribute('province', event.target.value));
document.getElementById('set-allow-inconsistent').addEventListener('change', (event) => (election.allowInconsistent = event.target.checked));
// The published worked example: 159 of 361 households is 44.04%, so nobody is elected though it is a majority of those present.
document.getElementById('fill-example').addEventListener('click', () => {
  election.value = {
    electionDate: '2021-01-10',
    unit: { name: 'Tổ dân phố 1', kind: 'to_dan_pho' },
    electorateBase: 'households',
    totalElectorate: 361,
    present: 300,
    votingMode: 'secret_ballot',
    ballots: { issued: 300, returned: 298, valid: 290, invalid: 8 },
    candidates: [
      { name: 'Nguyễn Văn An', votes: 159, nominatedBy: 'front_committee' },
      { name: 'Trần Thị Bình', votes: 131, nominatedBy: 'front_committee' },
    ],
  };
});
