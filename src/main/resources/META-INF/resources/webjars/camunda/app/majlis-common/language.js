// Majlis: the webapps speak the person's language. Loaded by each webapp's scripts/config.js (customScripts), which
// also offers the languages (locales.availableLocales: ar, fr, en; the files are app/<webapp>/locales/<language>.json).
// Camunda 7.24 has no language menu: it starts in the browser's language (navigator.languages) when offered, and its
// views translate some texts once, when they first start (Tasklist's search criteria and placeholders), so that a
// language switched afterwards ($translate.use) would leave them in the former one. Majlis keeps each person's
// language in its own table (GET/PUT /api/users/{userId}/preferences, issue #13). So:
// - the webapp starts in the language last applied in this browser (localStorage "majlis-language"): a config block
//   of the webapp's own custom module (cam.<webapp>.custom, started after Camunda's) sets it as the preferred one;
// - the texts of the language it starts in are there when it starts: Camunda fetches locales/<language>.json once
//   started, while its views translate their texts at once, so that a view started before that file arrived (its
//   English fallback, cached by Camunda in the browser, comes first) kept English texts in a French page. This script
//   fetches that file before the webapp starts (the webapp waits for its custom scripts: a top-level await) and gives
//   it to angular-translate; once started, Camunda's own loader reads the texts again ($translate.refresh), for what
//   it does beside them (the dates' names and formats);
// - once the webapp knows who is logged in (its "authentication.changed" event, at login and when a session is
//   resumed), this script reads the person's preference; if the page is in another language, it remembers the
//   person's and loads the page again (once: the login is kept in the session), which then starts in it.
// In Arabic the page reads right to left: <html dir="rtl" lang="ar">, and the webapp's styles/user-styles.css turns
// what the browser does not turn by itself. No plugin, no library.
const base = document.querySelector('base');
const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
const appName = base && base.getAttribute('app-name');
// Majlis's API is at the server's root, beside the webapps: app-root is "<context>/camunda"
const API = appRoot.replace(/\/[^/]*$/, '') + '/api';

/** The languages written right to left among those Majlis speaks. */
const RIGHT_TO_LEFT = ['ar'];

/** The language last applied in this browser: the next page starts in it. */
const REMEMBERED = 'majlis-language';

/** The language this tab loaded its page again for: never twice for the same (no loop if the start ignored it). */
const RELOADED_FOR = 'majlis-language-reloaded';

function setDirection(language) {
  if (!language) {
    return;
  }
  const html = document.documentElement;
  html.setAttribute('lang', language);
  html.setAttribute('dir', RIGHT_TO_LEFT.includes(language) ? 'rtl' : 'ltr');
}

// whom the language was applied for: a navigation by the same person asks nothing again
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
    const current = $translate.proposedLanguage() || $translate.use();
    if (current === language) {
      sessionStorage.removeItem(RELOADED_FOR);
    } else if (sessionStorage.getItem(RELOADED_FOR) !== language) {
      sessionStorage.setItem(RELOADED_FOR, language);
      window.location.reload();
    } else {
      // the page was loaded again and still did not start in the language: switch what can be switched
      injector.get('$rootScope').$applyAsync(() => $translate.use(language));
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
  setDirection($translate.proposedLanguage() || $translate.use());
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

/** How long the webapp waits for its texts before it starts without them (Camunda then loads them itself). */
const TEXTS_WAIT_MS = 5000;

/**
 * The language the page will start in, as Camunda chooses it (the browser's first language) unless one is
 * remembered: the one whose texts to fetch before the start.
 */
function startingLanguage(remembered) {
  if (remembered) {
    return remembered;
  }
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  return ((languages[0] || '').split('-')[0] || '').toLowerCase();
}

/** The webapp's texts in this language (locales/<language>.json, as Camunda's loader reads it), or null. */
async function texts(language) {
  if (!appName || !/^[a-z]{2,3}$/.test(language)) {
    return null;
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TEXTS_WAIT_MS);
  try {
    const response = await fetch(`${appRoot}/app/${appName}/locales/${language}.json`,
      {credentials: 'same-origin', headers: {Accept: 'application/json'}, signal: abort.signal});
    if (!response.ok) {
      return null;
    }
    const {labels} = await response.json();
    return labels && typeof labels === 'object' ? {language, labels} : null;
  } catch (e) {
    // late or unreadable: the webapp starts without them and loads them itself, as it would without this script
    console.warn(`Majlis: the ${language} texts were not there in time`, e);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

const remembered = localStorage.getItem(REMEMBERED);
const preloaded = window.angular ? await texts(startingLanguage(remembered)) : null;
// the language whose texts were given before the start: Camunda's loader reads them again once started
let given = null;
if (window.angular && appName) {
  try {
    // Camunda's config block (earlier) chose the browser's language; this one, of the module started last, prefers
    // the remembered language when the webapp offers it, and gives the texts of the language the page starts in
    window.angular.module(`cam.${appName}.custom`).config(['$translateProvider', (provider) => {
      const offered = provider.registerAvailableLanguageKeys();
      if (remembered && offered.includes(remembered)) {
        provider.preferredLanguage(remembered);
      }
      if (preloaded && preloaded.language === provider.preferredLanguage() && offered.includes(preloaded.language)) {
        provider.translations(preloaded.language, preloaded.labels);
        given = preloaded.language;
      }
    }]).run(['$translate', ($translate) => {
      if (given) {
        // Camunda's loader reads every language in use again (the given one and the fallback): it sets the dates'
        // names and formats and keeps its copy of the texts. All of them: refreshing one language alone would drop
        // the others' texts (angular-translate's refresh keeps only what it read)
        $translate.onReady().then(() => $translate.refresh())
          .catch((e) => console.warn('Majlis: the texts could not be read again', e));
      }
    }]);
  } catch (e) {
    // no such module: the webapp starts in the browser's language, and follow() loads the page again if need be
  }
  setDirection(remembered);
}
whenStarted();

export default [];
