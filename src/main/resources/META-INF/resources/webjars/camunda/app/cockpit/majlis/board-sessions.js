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

const LABELS = {
  title: 'Board sessions',
  intro: 'Every session of the board and of its committees, running and finished. A running session opens in '
    + 'Cockpit; a finished one keeps its resolutions and documents here.',
  body: 'Body',
  year: 'Year',
  stage: 'Stage',
  allStages: 'All stages',
  show: 'Show',
  session: 'Session',
  planned: 'Planned',
  venue: 'Venue',
  resolutions: 'Resolutions',
  documents: 'Documents',
  process: 'Process',
  running: 'Open the running instance',
  ended: 'ended',
  none: '—',
  empty: 'No session matches.',
  previous: 'Previous',
  next: 'Next',
  loading: 'Loading…',
  refused: 'The Majlis API refused the request',
  pageOf: (page, pages, total) => `Page ${page} of ${pages} (${total} sessions)`
};

const STAGES = {
  REQUESTED: 'Requested',
  CONVENED: 'Convened',
  CONVENED_AGAIN: 'Convened again',
  OPEN: 'In session',
  CLOSED: 'Closed',
  MINUTES_SIGNED: 'Minutes signed',
  MINUTES_APPROVED: 'Minutes approved'
};

// The stage filter: groups of the statuses Majlis writes to board_session.status.
const STAGE_FILTERS = [
  {label: LABELS.allStages, statuses: []},
  {label: 'Before the session (requested, convened)', statuses: ['REQUESTED', 'CONVENED', 'CONVENED_AGAIN']},
  {label: 'In session', statuses: ['OPEN']},
  {label: 'Held (closed, minutes signed or approved)', statuses: ['CLOSED', 'MINUTES_SIGNED', 'MINUTES_APPROVED']}
];

const DOCUMENT_KINDS = {MINUTES: 'Minutes', PRESS_RELEASE: 'Press release', CONVOCATION: 'Convocation'};

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
    return LABELS.none;
  }
  const date = new Date(iso);
  return isNaN(date) ? iso : date.toLocaleString('en-GB', {
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
    throw new Error(`${LABELS.refused} (${response.status}): ${json.message || response.statusText}`);
  }
  return json;
}

function resolutionsCell(session) {
  if (!session.resolutions.length) {
    return el('td', {}, LABELS.none);
  }
  return el('td', {}, el('ul', {class: 'list-unstyled majlis-resolutions'}, session.resolutions.map(r =>
    el('li', {'data-resolution': r.number},
      el('strong', {}, r.number), ` ${r.outcome} ${r.votesFor}-${r.votesAgainst}-${r.votesAbstain}`,
      el('br'), el('small', {class: 'text-muted'}, r.itemTitle || '')))));
}

function documentsCell(session) {
  if (!session.documents.length) {
    return el('td', {}, LABELS.none);
  }
  return el('td', {}, el('ul', {class: 'list-unstyled majlis-documents'}, session.documents.map(d => {
    const name = `${DOCUMENT_KINDS[d.kind] || d.kind} (${d.language}) v${d.version}`;
    return el('li', {'data-document': String(d.id)}, `${name}: `,
      el('a', {href: API + d.href.replace(/^\/api/, ''), target: '_blank', rel: 'noopener'}, 'HTML'), ' · ',
      el('a', {href: API + d.href.replace(/^\/api/, '') + '?format=pdf', target: '_blank', rel: 'noopener'}, 'PDF'));
  })));
}

function sessionRow(session) {
  const process = session.runningInstanceId
    ? el('a', {href: `#/process-instance/${session.runningInstanceId}`, title: LABELS.running}, LABELS.running)
    : el('span', {class: 'text-muted'}, LABELS.ended);
  return el('tr', {'data-session': session.key},
    el('td', {}, el('strong', {}, session.key), el('br'),
      el('small', {class: 'text-muted'}, session.kind === 'EXTRAORDINARY' ? 'Extraordinary' : 'Ordinary')),
    el('td', {}, STAGES[session.status] || session.status),
    el('td', {}, formatDate(session.plannedStart), el('br'), el('small', {class: 'text-muted'}, session.venue || '')),
    resolutionsCell(session),
    documentsCell(session),
    el('td', {}, process));
}

function renderPage(node) {
  const filter = {body: '', year: '', statuses: [], page: 0};
  const body = el('input', {type: 'text', class: 'form-control', id: 'majlis-body', placeholder: 'CA', size: '8',
    'aria-label': LABELS.body});
  const year = el('input', {type: 'number', class: 'form-control', id: 'majlis-year', min: '2000', max: '2100',
    'aria-label': LABELS.year});
  const stage = el('select', {class: 'form-control', id: 'majlis-stage', 'aria-label': LABELS.stage},
    STAGE_FILTERS.map((f, i) => el('option', {value: String(i)}, f.label)));
  const show = el('button', {type: 'submit', class: 'btn btn-default'}, LABELS.show);
  const form = el('form', {class: 'form-inline majlis-filter'},
    el('label', {for: 'majlis-body'}, `${LABELS.body} `), body, ' ',
    el('label', {for: 'majlis-year'}, `${LABELS.year} `), year, ' ',
    el('label', {for: 'majlis-stage'}, `${LABELS.stage} `), stage, ' ', show);
  const status = el('p', {class: 'majlis-status', role: 'status'});
  const table = el('table', {class: 'cam-table majlis-sessions'},
    el('thead', {}, el('tr', {}, [LABELS.session, LABELS.stage, LABELS.planned, LABELS.resolutions, LABELS.documents,
      LABELS.process].map(h => el('th', {scope: 'col'}, h)))));
  const rows = el('tbody');
  table.appendChild(rows);
  const previous = el('button', {type: 'button', class: 'btn btn-default btn-sm'}, LABELS.previous);
  const next = el('button', {type: 'button', class: 'btn btn-default btn-sm'}, LABELS.next);
  const pager = el('p', {class: 'majlis-pager'}, previous, ' ', next);

  // Each load answers the filter as it was when asked; an earlier request that answers later is dropped, so the
  // list never shows another filter's sessions (the first load and a quick "Show" may cross).
  let latest = 0;
  async function load() {
    const mine = ++latest;
    status.textContent = LABELS.loading;
    try {
      const page = await fetchSessions({...filter});
      if (mine !== latest) {
        return;
      }
      rows.replaceChildren(...page.items.map(sessionRow));
      const pages = Math.max(1, Math.ceil(page.total / page.size));
      status.textContent = page.total ? LABELS.pageOf(page.page + 1, pages, page.total) : LABELS.empty;
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
    filter.statuses = STAGE_FILTERS[Number(stage.value)].statuses;
    filter.page = 0;
    load();
  });
  previous.addEventListener('click', () => { filter.page = Math.max(0, filter.page - 1); load(); });
  next.addEventListener('click', () => { filter.page += 1; load(); });

  node.replaceChildren(el('section', {class: 'majlis-board-sessions'},
    el('h1', {class: 'section-title'}, LABELS.title), el('p', {}, LABELS.intro), form, status, table, pager));
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
    properties: {path: PATH, label: LABELS.title},
    render: node => {
      if (!document.getElementById('majlis-board-sessions-style')) {
        document.head.appendChild(el('style', {id: 'majlis-board-sessions-style'}, style));
      }
      renderPage(node);
    }
  },
  {
    // The header's navigation item, beside Processes, Decisions, Human Tasks.
    id: 'majlis.board-sessions.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 50,
    properties: {path: PATH, checkActive: path => path.indexOf(PATH) > -1},
    render: node => {
      node.replaceChildren(el('a', {href: `#${PATH}`}, LABELS.title));
    }
  },
  {
    // The dashboard's entry: where finished sessions are, for a manager who looks for them under Processes.
    id: 'majlis.board-sessions.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 50,
    render: node => {
      node.replaceChildren(el('section', {class: 'dashboard majlis-dashboard'},
        el('h3', {class: 'section-title'}, LABELS.title),
        el('p', {}, 'Running and finished sessions with their resolutions and documents: ',
          el('a', {href: `#${PATH}`}, 'open the list of board sessions'), '.')));
    }
  }
];
