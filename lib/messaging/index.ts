export { messenger, sendMessage, onMessage } from './messenger';
export { requestSchemas, pushSchemas, type ProtocolMap, type RequestType, type PushType, type FlowEventResult } from './protocol';
export { isTrustedSender, type SenderLike, type TrustContext } from './sender';
export { MessageRefusedError, refusalCodeOf, type RefusalCode } from './errors';
