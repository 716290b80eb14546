// Majlis's Tasklist configuration: it replaces the one in Camunda's webjar (the application's classes come first on
// the class path). Everything else stays Camunda's default (see the webjar's app/tasklist/scripts/config.js).
export default {
  customScripts: [
    // app/majlis-common/roles.js: what the person may do, for styles/user-styles.css
    '../majlis-common/roles'
  ]
};
