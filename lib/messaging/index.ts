export { messenger, sendMessage, onMessage } from './messenger';
export { requestSchemas, pushSchemas, type ProtocolMap, type RequestType, type PushType, type FlowEventResult, type PageCheckAnswer, type FillLockAnswer, type FillLockHolder, type FillLockInfo } from './protocol';
export { isTrustedSender, senderTabId, type SenderLike, type TrustContext } from './sender';
export { MessageRefusedError, refusalCodeOf, type RefusalCode } from './errors';
