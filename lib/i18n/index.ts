export { translator, type Translate, type Params } from './translate';
export type { MessageKey, Messages } from './messages/id';
