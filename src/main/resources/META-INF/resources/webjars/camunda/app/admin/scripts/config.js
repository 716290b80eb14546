// Majlis's Admin configuration: it replaces the one in Camunda's webjar (the application's classes come first on
// the class path). Everything else stays Camunda's default (see the webjar's app/admin/scripts/config.js).
export default {
  customScripts: [
    // app/majlis-common/roles.js: what the person may do, for styles/user-styles.css
    '../majlis-common/roles'
  ]
};
