export { siteProfileSchema, locatorSchema, fieldSpecSchema, type SiteProfile, type FieldSpec, type Locator } from '../schema/site-profile';
export { locateField, readElementValue, normalizeLabel, type Located } from './locate';
export { detectPage, readSignedInUser } from './detect';
export { readTicket } from './read-ticket';
export { nossaProfile } from './nossa/profile';
export { readPageState, watchPage, type PageState, type PageWatcher } from './watch-page';
export { checkPage, describeLocator, type PageCheck, type FieldCheck } from './check';
export { locateControl, isDisabledControl } from './controls';
