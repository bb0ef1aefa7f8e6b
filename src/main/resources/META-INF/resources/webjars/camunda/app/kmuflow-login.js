// One login for kmu-flow's pages and the webapps: where a webapp would show its own login form
// (after its logout, or without a login), the browser goes to kmu-flow's login page instead.
const loginPage = window.location.pathname.split('/camunda/')[0] + '/login';

function toKmuFlowLogin() {
  if (/^#!?\/login/.test(window.location.hash)) {
    window.location.replace(loginPage);
  }
}

window.addEventListener('hashchange', toKmuFlowLogin);
toKmuFlowLogin();

export default [];
