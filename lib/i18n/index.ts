export { translatorFor, type Translate, type Params, type Catalogues } from './translate';
export { translator, allCatalogues } from './catalogues';
export type { MessageKey, Messages } from './messages/id';
