// The message snapshot: one shape for a message from Outlook, a .json/.eml/.msg file or the simulator.
import { z } from 'zod';

export const COMPOSE_TYPES = ['new', 'reply', 'replyAll', 'forward'] as const;
export type ComposeType = (typeof COMPOSE_TYPES)[number];

export const AttachmentSchema = z.strictObject({
  name: z.string(),
  contentType: z.string().optional(),
  size: z.number().int().nonnegative().optional(),
  /** Base64 of the file's bytes; absent when the content is not available (not read, cloud attachment). */
  contentBase64: z.string().optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const OriginalMessageSchema = z.strictObject({
  from: z.string().optional(),
  to: z.array(z.string()).default([]),
  cc: z.array(z.string()).default([]),
  bcc: z.array(z.string()).default([]),
  subject: z.string().default(''),
  headers: z.record(z.string(), z.string()).default({}),
  sensitivityLabel: z.string().nullable().optional(),
});
export type OriginalMessage = z.infer<typeof OriginalMessageSchema>;

/** The brief's message JSON. Recipients are RFC 5322 strings: `Name <a@b>` or `a@b`. */
export const MessageSnapshotSchema = z.strictObject({
  from: z.string().min(1),
  to: z.array(z.string()).default([]),
  cc: z.array(z.string()).default([]),
  bcc: z.array(z.string()).default([]),
  subject: z.string().default(''),
  body: z.string().default(''),
  bodyType: z.enum(['text', 'html']).default('text'),
  attachments: z.array(AttachmentSchema).default([]),
  headers: z.record(z.string(), z.string()).default({}),
  composeType: z.enum(COMPOSE_TYPES).default('new'),
  original: OriginalMessageSchema.optional(),
  /** Purview sensitivity label name or GUID applied to the message, when known. */
  sensitivityLabel: z.string().nullable().default(null),
  sentAt: z.string().optional(),
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

export type UnscannedReason = 'no-content' | 'encrypted' | 'unsupported-type' | 'too-large' | 'corrupt';

export interface UnscannedAttachment {
  name: string;
  reason: UnscannedReason;
}

/** Everything the detectors read in a message, and the attachments they could not. */
export interface MessageContent {
  segments: TextSegment[];
  unscanned: UnscannedAttachment[];
}
