// The message snapshot: one shape for a message from Outlook, a .json/.eml/.msg file or the simulator.
import * as z from '../zod';

export const COMPOSE_TYPES = ['new', 'reply', 'replyAll', 'forward'] as const;
export type ComposeType = (typeof COMPOSE_TYPES)[number];

export const AttachmentSchema = z.strictObject({
  name: z.string(),
  contentType: z.optional(z.string()),
  size: z.optional(z.int().check(z.nonnegative())),
  /** Base64 of the file's bytes; absent when the content is not available (not read, cloud attachment). */
  contentBase64: z.optional(z.string()),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const OriginalMessageSchema = z.strictObject({
  from: z.optional(z.string()),
  to: z._default(z.array(z.string()), []),
  cc: z._default(z.array(z.string()), []),
  bcc: z._default(z.array(z.string()), []),
  subject: z._default(z.string(), ''),
  headers: z._default(z.record(z.string(), z.string()), {}),
  sensitivityLabel: z.optional(z.nullable(z.string())),
});
export type OriginalMessage = z.infer<typeof OriginalMessageSchema>;

/** The brief's message JSON. Recipients are RFC 5322 strings: `Name <a@b>` or `a@b`. */
export const MessageSnapshotSchema = z.strictObject({
  from: z.string().check(z.minLength(1)),
  to: z._default(z.array(z.string()), []),
  cc: z._default(z.array(z.string()), []),
  bcc: z._default(z.array(z.string()), []),
  subject: z._default(z.string(), ''),
  body: z._default(z.string(), ''),
  bodyType: z._default(z.enum(['text', 'html']), 'text'),
  attachments: z._default(z.array(AttachmentSchema), []),
  headers: z._default(z.record(z.string(), z.string()), {}),
  composeType: z._default(z.enum(COMPOSE_TYPES), 'new'),
  original: z.optional(OriginalMessageSchema),
  /** Purview sensitivity label name or GUID applied to the message, when known. */
  sensitivityLabel: z._default(z.nullable(z.string()), null),
  sentAt: z.optional(z.string()),
});
export type MessageSnapshot = z.infer<typeof MessageSnapshotSchema>;
export type MessageSnapshotInput = z.input<typeof MessageSnapshotSchema>;

/** Where a piece of text came from: `subject`, `body` or `attachment:<name>`. */
export type Location = 'subject' | 'body' | `attachment:${string}`;

/** Normalised text ready for the detectors; offsets in findings point into `text`. */
export interface TextSegment {
  location: Location;
  text: string;
}

export type UnscannedReason =
  'no-content' | 'encrypted' | 'unsupported-type' | 'too-large' | 'too-deep' | 'corrupt';

export interface UnscannedAttachment {
  name: string;
  reason: UnscannedReason;
}

/** Everything the detectors read in a message, and the attachments they could not. */
export interface MessageContent {
  segments: TextSegment[];
  unscanned: UnscannedAttachment[];
}
