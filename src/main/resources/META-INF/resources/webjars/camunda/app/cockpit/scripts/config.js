// Majlis's Cockpit configuration: it replaces the one in Camunda's webjar (the application's classes come first on
// the class path). Everything else stays Camunda's default (see the webjar's app/cockpit/scripts/config.js).
export default {
  customScripts: [
    // app/cockpit/majlis/board-sessions.js: the "Board sessions" page, running and finished (ES module, no build)
    'majlis/board-sessions',
    // app/majlis-common/roles.js: what the person may do, for styles/user-styles.css
    '../majlis-common/roles'
  ]
};
