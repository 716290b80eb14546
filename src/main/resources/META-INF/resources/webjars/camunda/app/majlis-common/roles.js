// Majlis: marks the page with what the logged-in person may do, so that the webapps' stylesheets
// (styles/user-styles.css of Tasklist, Cockpit and Admin) hide the controls that cannot work for this person.
// Loaded by each webapp's scripts/config.js (customScripts); no plugin, no library. Until the answers are in, the
// classes are absent and the controls stay hidden: a read-only person never sees a button that would be refused.
//   majlis-admin   the person is in camunda-admin: writes the engine's state (variables, instances, jobs)
//   majlis-starts  the person may start a process from Tasklist (the secretariat: a board session)
const appRoot = (document.querySelector('base') && document.querySelector('base').getAttribute('app-root'))
  || '/camunda';
const engine = `${appRoot}/api/engine/engine/default`;

async function json(url) {
  const response = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  return response.json();
}

// whom the classes were set for: a navigation by the same person asks only who is logged in
let markedFor = null;

async function mark() {
  try {
    const user = await json(`${appRoot}/api/admin/auth/user/default`);
    if (!user || !user.userId || user.userId === markedFor) {
      return;
    }
    const admins = await json(`${engine}/group?member=${encodeURIComponent(user.userId)}&id=camunda-admin`);
    document.body.classList.toggle('majlis-admin', admins.length > 0);
    const startable = await json(`${engine}/process-definition/count?latestVersion=true&active=true`
      + '&startableInTasklist=true&startablePermissionCheck=true');
    document.body.classList.toggle('majlis-starts', startable.count > 0);
    markedFor = user.userId;
  } catch (e) {
    // not logged in yet, or refused: the controls stay hidden
    markedFor = null;
    document.body.classList.remove('majlis-admin', 'majlis-starts');
  }
}

mark();
// the webapps log in and out without reloading the page
window.addEventListener('hashchange', mark);

export default [];
