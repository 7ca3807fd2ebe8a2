export { messenger, sendMessage, onMessage } from './messenger';
export {
  backgroundRequests,
  backgroundPushes,
  contentRequests,
  type ProtocolMap,
  type RequestType,
  type PushType,
  type ContentRequestType,
  type FlowEventResult,
  type PageCheckAnswer,
  type FillLockAnswer,
  type FillLockHolder,
  type FillLockInfo,
  type ShiftNow,
  type ChecklistReply,
  type RequestSender,
} from './protocol';
export { resultOf, type Declaration, type DataOf, type InputOf, type ResultOf, type HandlerOf, type HandlersOf } from './declare';
export { onPush, onContentRequest } from './receive';
export { isTrustedSender, senderTabId, type SenderLike, type TrustContext } from './sender';
export { MessageRefusedError, refusalCodeOf, type RefusalCode } from './errors';
