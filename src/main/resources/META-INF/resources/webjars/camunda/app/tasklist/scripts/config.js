// kmu-flow branding and languages for Camunda Tasklist; German first, English available.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'kmu-flow'
  },
  locales: {
    availableLocales: ['de', 'en'],
    fallbackLocale: 'de'
  },
  dateFormat: {
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, D. MMMM YYYY HH:mm'
  },
  disableWelcomeMessage: true,
  // kmu-flow's login page instead of the webapp's own (shared by all webapps)
  customScripts: ['../kmuflow-login.js']
};
