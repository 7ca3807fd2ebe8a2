// @ts-check
// Page start-up. Refuses to run inside a frame (like Maximo), binds handlers to the
// served page, formats dates, shows the page's message, and marks 'nossa-ready'
// when a ticket view is rendered.

import { config } from './config.js';
import { bindTree, registerBinder } from './dom.js';
import { bindField } from './fields.js';
import { bindClick } from './clicks.js';
import { bindRichText } from './rte.js';
import { installMenuDismiss } from './menus.js';
import { installInputBlocker, installPressThrough } from './wait.js';
import { showMessage } from './messages.js';

function start() {
  if (window.top !== window.self) {
    document.body.innerHTML = '<p class="pageerror" role="alert">BMXAA7902E - NOSSA cannot be displayed inside a frame. Open it in its own window.</p>';
    return;
  }
  registerBinder(bindField);
  registerBinder(bindClick);
  registerBinder(bindRichText);
  installInputBlocker();
  installPressThrough();
  installMenuDismiss();
  bindTree(document.body);
  if (config.message) showMessage(config.message);
  if (config.ticketReady) performance.mark('nossa-ready');
}

start();
