// Entry of the event bundle (commands.js): registers each launch event handler at the top level, as the classic Outlook runtime requires.
// The build puts commands/prelude.ts in front of it, before esbuild's own helpers read any built-in.
import {
  onMessageAttachmentsChangedHandler,
  onMessageRecipientsChangedHandler,
  onMessageSendHandler,
  onNewMessageComposeHandler,
} from './handlers';

Office.actions.associate('onNewMessageComposeHandler', onNewMessageComposeHandler);
Office.actions.associate('onMessageRecipientsChangedHandler', onMessageRecipientsChangedHandler);
Office.actions.associate('onMessageAttachmentsChangedHandler', onMessageAttachmentsChangedHandler);
Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
