// @ts-check
// The main-thread time a page's renderer spent on its current document, from the DevTools
// protocol's Performance metrics. Counted in thread ticks (CPU time): on a busy 2-core machine,
// where wall time swings by tens of percent with what else runs, this moves by a few ms. Chromium
// resets these metrics when a document is committed, so read after a session that began with a
// navigation, they cover exactly that session (the content script's isolated world included:
// it runs on the same thread).

/**
 * @param {import('@playwright/test').BrowserContext} context
 * @param {import('@playwright/test').Page} page
 */
export async function rendererCpu(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    /** @returns {Promise<{ task: number, script: number }>} ms of all tasks, and of script within them */
    async read() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      /** @param {string} name */
      const value = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return { task: value('TaskDuration'), script: value('ScriptDuration') };
    },
  };
}
