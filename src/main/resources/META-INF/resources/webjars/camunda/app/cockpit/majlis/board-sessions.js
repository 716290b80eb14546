// Majlis's Cockpit plugin: "Board sessions", every session of the board and its committees, running and finished,
// with its stage, planned date, resolutions and documents. Cockpit (Community Edition) lists only running process
// instances; a closed session is found here. Read from Majlis's read API (GET /api/sessions) with the Cockpit login:
// the browser sends the session cookie, the API accepts it for reads (ma.majlis.platform.ApiAuthenticationFilter).
// A plain ES module (Cockpit 7.24's plugin API), registered in ../scripts/config.js; no build step, no library.

const PATH = '/board-sessions';
const PAGE_SIZE = 20;

// The read API is at the server's root, beside the webapps: app-root is "<context>/camunda".
const appRoot = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root')) || '/camunda';
const API = appRoot.replace(/\/[^/]*$/, '') + '/api';

// The plugin's words, in the reader's language, from Majlis's message files (GET /api/texts/cockpit: cockpit.* in
// i18n/messages_*.properties); read once per page load. Until they arrive, or if the API refuses, a key shows itself.
let T = {};
let language = 'en';
let textsLoaded = null;
function texts() {
  if (!textsLoaded) {
    textsLoaded = fetch(`${API}/texts/cockpit`, {method: 'GET', credentials: 'same-origin',
      headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : {texts: {}})
      .then(json => { T = json.texts || {}; language = json.language || 'en'; })
      .catch(() => { T = {}; });
  }
  return textsLoaded;
}
function t(key, ...args) {
  const text = T[key] || key;
  return args.reduce((out, arg, i) => out.replace(`{${i}}`, String(arg)), text);
}

// The stage filter: groups of the statuses Majlis writes to board_session.status.
function stageFilters() {
  return [
    {label: t('allStages'), statuses: []},
    {label: t('filterBefore'), statuses: ['REQUESTED', 'CONVENED', 'CONVENED_AGAIN']},
    {label: t('filterOpen'), statuses: ['OPEN']},
    {label: t('filterHeld'), statuses: ['CLOSED', 'MINUTES_SIGNED', 'MINUTES_APPROVED']}
  ];
}

// A code in the reader's words: stage('MINUTES_SIGNED') → t('stageMinutesSigned'); the code itself if unknown.
function word(prefix, code) {
  const key = prefix + String(code || '').toLowerCase().replace(/(^|_)([a-z])/g, (m, sep, c) => c.toUpperCase());
  return T[key] || code;
}

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach(child => {
    if (child !== null && child !== undefined) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
  });
  return node;
}

function formatDate(iso) {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  return isNaN(date) ? iso : date.toLocaleString(language === 'ar' ? 'ar-MA' : language === 'fr' ? 'fr-MA' : 'en-GB', {numberingSystem: 'latn',
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit'
  });
}

async function fetchSessions(filter) {
  const query = new URLSearchParams({page: String(filter.page), size: String(PAGE_SIZE)});
  if (filter.body) {
    query.set('body', filter.body);
  }
  if (filter.year) {
    query.set('year', filter.year);
  }
  if (filter.statuses.length) {
    query.set('status', filter.statuses.join(','));
  }
  // GET only, with the Cockpit login's session cookie (same origin): no credentials in the page.
  const response = await fetch(`${API}/sessions?${query}`, {
    method: 'GET', credentials: 'same-origin', headers: {Accept: 'application/json'}
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(`${t('refused')} (${response.status}): ${json.message || response.statusText}`);
  }
  return json;
}

function resolutionsCell(session) {
  if (!session.resolutions.length) {
    return el('td', {}, '—');
  }
  return el('td', {}, el('ul', {class: 'list-unstyled majlis-resolutions'}, session.resolutions.map(r =>
    el('li', {'data-resolution': r.number},
      el('strong', {}, r.number), ` ${word('outcome', r.outcome)} ${r.votesFor}-${r.votesAgainst}-${r.votesAbstain}`,
      el('br'), el('small', {class: 'text-muted'}, r.itemTitle || '')))));
}

function documentsCell(session) {
  if (!session.documents.length) {
    return el('td', {}, '—');
  }
  return el('td', {}, el('ul', {class: 'list-unstyled majlis-documents'}, session.documents.map(d => {
    const name = `${word('document', d.kind)} (${d.language}) v${d.version}`;
    return el('li', {'data-document': String(d.id)}, `${name}: `,
      el('a', {href: API + d.href.replace(/^\/api/, ''), target: '_blank', rel: 'noopener'}, 'HTML'), ' · ',
      el('a', {href: API + d.href.replace(/^\/api/, '') + '?format=pdf', target: '_blank', rel: 'noopener'}, 'PDF'));
  })));
}

function sessionRow(session) {
  const process = session.runningInstanceId
    ? el('a', {href: `#/process-instance/${session.runningInstanceId}`, title: t('running')}, t('running'))
    : el('span', {class: 'text-muted'}, t('ended'));
  return el('tr', {'data-session': session.key},
    el('td', {}, el('strong', {}, session.key), el('br'),
      el('small', {class: 'text-muted'}, word('kind', session.kind))),
    el('td', {}, word('stage', session.status)),
    el('td', {}, formatDate(session.plannedStart), el('br'), el('small', {class: 'text-muted'}, session.venue || '')),
    resolutionsCell(session),
    documentsCell(session),
    el('td', {}, process));
}

function renderPage(node) {
  const filter = {body: '', year: '', statuses: [], page: 0};
  const body = el('input', {type: 'text', class: 'form-control', id: 'majlis-body', placeholder: 'CA', size: '8',
    'aria-label': t('body')});
  const year = el('input', {type: 'number', class: 'form-control', id: 'majlis-year', min: '2000', max: '2100',
    'aria-label': t('year')});
  const stage = el('select', {class: 'form-control', id: 'majlis-stage', 'aria-label': t('stage')},
    stageFilters().map((f, i) => el('option', {value: String(i)}, f.label)));
  const show = el('button', {type: 'submit', class: 'btn btn-default'}, t('show'));
  const form = el('form', {class: 'form-inline majlis-filter'},
    el('label', {for: 'majlis-body'}, `${t('body')} `), body, ' ',
    el('label', {for: 'majlis-year'}, `${t('year')} `), year, ' ',
    el('label', {for: 'majlis-stage'}, `${t('stage')} `), stage, ' ', show);
  const status = el('p', {class: 'majlis-status', role: 'status'});
  const table = el('table', {class: 'cam-table majlis-sessions'},
    el('thead', {}, el('tr', {}, [t('session'), t('stage'), t('planned'), t('resolutions'), t('documents'),
      t('process')].map(h => el('th', {scope: 'col'}, h)))));
  const rows = el('tbody');
  table.appendChild(rows);
  const previous = el('button', {type: 'button', class: 'btn btn-default btn-sm'}, t('previous'));
  const next = el('button', {type: 'button', class: 'btn btn-default btn-sm'}, t('next'));
  const pager = el('p', {class: 'majlis-pager'}, previous, ' ', next);

  // Each load answers the filter as it was when asked; an earlier request that answers later is dropped, so the
  // list never shows another filter's sessions (the first load and a quick "Show" may cross).
  let latest = 0;
  async function load() {
    const mine = ++latest;
    status.textContent = t('loading');
    try {
      const page = await fetchSessions({...filter});
      if (mine !== latest) {
        return;
      }
      rows.replaceChildren(...page.items.map(sessionRow));
      const pages = Math.max(1, Math.ceil(page.total / page.size));
      status.textContent = page.total ? t('pageOf', page.page + 1, pages, page.total) : t('empty');
      previous.disabled = page.page === 0;
      next.disabled = page.page + 1 >= pages;
    } catch (e) {
      if (mine !== latest) {
        return;
      }
      rows.replaceChildren();
      status.textContent = e.message;
    }
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    filter.body = body.value.trim().toUpperCase();
    filter.year = year.value.trim();
    filter.statuses = stageFilters()[Number(stage.value)].statuses;
    filter.page = 0;
    load();
  });
  previous.addEventListener('click', () => { filter.page = Math.max(0, filter.page - 1); load(); });
  next.addEventListener('click', () => { filter.page += 1; load(); });

  node.replaceChildren(el('section', {class: 'majlis-board-sessions'},
    el('h1', {class: 'section-title'}, t('title')), el('p', {}, t('intro')), form, status, table, pager));
  load();
}

const style = `
.majlis-board-sessions { padding: 15px 20px; }
.majlis-board-sessions .majlis-filter { margin: 10px 0; }
.majlis-board-sessions .majlis-filter label { margin: 0 4px 0 12px; }
.majlis-board-sessions table.majlis-sessions { width: 100%; }
.majlis-board-sessions td { vertical-align: top; padding: 6px 8px; }
.majlis-board-sessions ul { margin: 0; }
`;

export default [
  {
    // The page itself: Cockpit's route #/board-sessions.
    id: 'majlis.board-sessions.page',
    pluginPoint: 'cockpit.route',
    priority: 0,
    properties: {path: PATH, label: 'Board sessions'},
    render: node => {
      if (!document.getElementById('majlis-board-sessions-style')) {
        document.head.appendChild(el('style', {id: 'majlis-board-sessions-style'}, style));
      }
      texts().then(() => renderPage(node));
    }
  },
  {
    // The header's navigation item, beside Processes, Decisions, Human Tasks.
    id: 'majlis.board-sessions.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {path: PATH, checkActive: path => path.indexOf(PATH) > -1},
    render: node => {
      texts().then(() => node.replaceChildren(el('a', {href: `#${PATH}`}, t('title'))));
    }
  },
  {
    // The dashboard's entry: where finished sessions are, for a manager who looks for them under Processes.
    id: 'majlis.board-sessions.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 50,
    render: node => {
      texts().then(() => node.replaceChildren(el('section', {class: 'dashboard majlis-dashboard'},
        el('h3', {class: 'section-title'}, t('title')),
        el('p', {}, t('dashboardText'), ' ', el('a', {href: `#${PATH}`}, t('dashboardLink')), '.'))));
    }
  }
];
