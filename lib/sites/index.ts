export { siteProfileSchema, locatorSchema, fieldSpecSchema, type SiteProfile, type FieldSpec, type Locator } from './profile-schema';
export { locateField, readElementValue, normalizeLabel, type Located } from './locate';
export { detectPage, readSignedInUser } from './detect';
export { readTicket } from './read-ticket';
export { nossaProfile } from './nossa/profile';
export { readPageState, watchPage, type PageState, type PageWatcher } from './watch-page';
