// Majlis's Tasklist configuration: it replaces the one in Camunda's webjar (the application's classes come first on
// the class path). Everything else stays Camunda's default (see the webjar's app/tasklist/scripts/config.js).
export default {
  // The languages the webapp offers (locales/<language>.json: Camunda's en, Majlis's ar and fr). Once the person is
  // logged in, app/majlis-common/language.js switches to the language of his Majlis preferences
  // (GET /api/users/{userId}/preferences); before that, the browser's language when offered, else English, which is
  // also where a key missing from ar.json or fr.json (a newer Camunda's) falls back to.
  locales: {
    availableLocales: ['ar', 'fr', 'en'],
    fallbackLocale: 'en'
  },
  customScripts: [
    // app/majlis-common/roles.js: what the person may do, for styles/user-styles.css
    '../majlis-common/roles',
    // app/majlis-common/language.js: the person's language (Majlis's preferences), right to left in Arabic
    '../majlis-common/language'
  ]
};
