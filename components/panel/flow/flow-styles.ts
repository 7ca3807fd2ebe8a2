// The stylesheets of the flow's steps (FlowSteps.tsx and what it renders). The steps are an
// on-demand script, but styles reach the panel's shadow root only in the content script's
// stylesheet, so the content script imports them here (FlowPanel.tsx); the on-demand build fails
// on a stylesheet of the steps that is not listed (shared-modules-plugin.ts).
import './step-chips.css';
import './outcome-view.css';
import './group-chooser.css';
import '../../time-entry/time-entry.css';
