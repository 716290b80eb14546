// Majlis: the webapps speak the person's language. Loaded by each webapp's scripts/config.js (customScripts), which
// also offers the languages (locales.availableLocales: ar, fr, en; the files are app/<webapp>/locales/<language>.json).
// Camunda 7.24 picks its language once, at start, from the browser's (navigator.languages), and has no language menu;
// Majlis keeps each person's language in its own table (GET/PUT /api/users/{userId}/preferences, issue #13). So, once
// the webapp knows who is logged in (its "authentication.changed" event, at login and when a session is resumed), this
// script reads the person's preference and switches the webapp to it ($translate.use: the texts, and the dates through
// the file's dateLocales). In Arabic the page reads right to left: <html dir="rtl" lang="ar">, and the webapp's
// styles/user-styles.css turns what the browser does not turn by itself. No plugin, no library.
const appRoot = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root'))
  || '/camunda';
// Majlis's API is at the server's root, beside the webapps: app-root is "<context>/camunda"
const API = appRoot.replace(/\/[^/]*$/, '') + '/api';

/** The languages written right to left among those Majlis speaks. */
const RIGHT_TO_LEFT = ['ar'];

/** This browser's last applied language: the next page starts in its direction, before the webapp has started. */
const REMEMBERED = 'majlis-language';

function setDirection(language) {
  if (!language) {
    return;
  }
  const html = document.documentElement;
  html.setAttribute('lang', language);
  html.setAttribute('dir', RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr');
}

// whom the language was applied for: a navigation, or a reload, by the same person asks nothing again
let appliedFor = null;

async function follow(injector, authentication) {
  const userId = authentication && authentication.name;
  if (!userId) {
    appliedFor = null;
    return;
  }
  if (userId === appliedFor) {
    return;
  }
  appliedFor = userId;
  try {
    const response = await fetch(`${API}/users/${encodeURIComponent(userId)}/preferences`,
      {credentials: 'same-origin', headers: {Accept: 'application/json'}});
    if (!response.ok) {
      throw new Error(`preferences of ${userId}: ${response.status}`);
    }
    const {language} = await response.json();
    const $translate = injector.get('$translate');
    if (!$translate.getAvailableLanguageKeys().includes(language)) {
      return;
    }
    localStorage.setItem(REMEMBERED, language);
    if ($translate.use() !== language) {
      injector.get('$rootScope').$applyAsync(() => $translate.use(language));
    } else {
      setDirection(language);
    }
  } catch (e) {
    // the person stays in the language the webapp chose; the next login asks again
    appliedFor = null;
    console.warn('Majlis: the person\'s language could not be applied', e);
  }
}

function start(injector) {
  const $rootScope = injector.get('$rootScope');
  const $translate = injector.get('$translate');
  $rootScope.$on('$translateChangeSuccess', (event, change) => setDirection(change.language));
  setDirection($translate.use() || $translate.proposedLanguage());
  // before anyone logs in (the login page), the language last applied in this browser, if the webapp offers it
  const remembered = localStorage.getItem(REMEMBERED);
  if (remembered && remembered !== ($translate.use() || $translate.proposedLanguage())
      && $translate.getAvailableLanguageKeys().includes(remembered)) {
    $rootScope.$applyAsync(() => $translate.use(remembered));
  }
  $rootScope.$on('authentication.changed', (event, authentication) => follow(injector, authentication));
  follow(injector, $rootScope.authentication);
}

// The webapp starts (angular.bootstrap) once every custom script is loaded: wait for it, briefly.
function whenStarted(attempt = 0) {
  const injector = window.angular && window.angular.element(document.documentElement).injector();
  if (injector) {
    start(injector);
  } else if (attempt < 600) {
    setTimeout(() => whenStarted(attempt + 1), 50);
  }
}

setDirection(localStorage.getItem(REMEMBERED));
whenStarted();

export default [];
