/**
 * What SNS hands a Lambda subscribed to the configuration set's event topic, written by hand from the SES
 * developer guide ("Examples of event data that Amazon SES publishes to Amazon SNS"): the SES record is a
 * JSON string in `Sns.Message`, and event publishing puts our tags (arrays of values) in `mail.tags`.
 */
export function sesSnsEvent(message: Record<string, unknown> | string): Record<string, unknown> {
  return {
    Records: [
      {
        EventSource: "aws:sns",
        EventVersion: "1.0",
        EventSubscriptionArn:
          "arn:aws:sns:us-east-1:123456789012:FollowupStateful-MailEvents:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55",
        Sns: {
          Type: "Notification",
          MessageId: "95df01b4-ee98-5cb9-9903-4c221d41eb5e",
          TopicArn: "arn:aws:sns:us-east-1:123456789012:FollowupStateful-MailEvents",
          Subject: null,
          Message: typeof message === "string" ? message : JSON.stringify(message),
          Timestamp: "2026-11-24T14:31:02.712Z",
          SignatureVersion: "1",
          Signature:
            "EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=",
          SigningCertUrl:
            "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem",
          UnsubscribeUrl:
            "https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:FollowupStateful-MailEvents:2bcfbf39",
          MessageAttributes: {},
        },
      },
    ],
  };
}

/** The `mail` object SES puts in every event: the email our sender sent for one step. */
function mail(interviewId: string, stepId: string, to: string) {
  return {
    timestamp: "2026-11-24T14:30:01.012Z",
    source: '"Cara Diaz (via Followups)" <followups@mail.example.com>',
    sourceArn: "arn:aws:ses:us-east-1:123456789012:identity/mail.example.com",
    sendingAccountId: "123456789012",
    messageId: "0100019ab1c2d3e4-5f6a7b8c-1111-2222-3333-444455556666-000000",
    destination: [to, '"Cara Diaz" <cara@example.com>'],
    headersTruncated: false,
    headers: [
      { name: "From", value: '"Cara Diaz (via Followups)" <followups@mail.example.com>' },
      { name: "To", value: to },
      { name: "Subject", value: "Thank you for the Staff Engineer interview" },
    ],
    commonHeaders: {
      from: ['"Cara Diaz (via Followups)" <followups@mail.example.com>'],
      to: [to],
      messageId: "0100019ab1c2d3e4-5f6a7b8c-1111-2222-3333-444455556666-000000",
      subject: "Thank you for the Staff Engineer interview",
    },
    tags: {
      "ses:configuration-set": ["FollowupStateful-MailConfiguration"],
      "ses:source-ip": ["203.0.113.7"],
      "ses:from-domain": ["mail.example.com"],
      "ses:caller-identity": ["FollowupStateless-SenderRole"],
      interviewId: [interviewId],
      stepId: [stepId],
    },
  };
}

export function sesBounce(
  interviewId: string,
  stepId: string,
  recipient: string,
  bounceType: "Permanent" | "Transient" = "Permanent",
) {
  return {
    eventType: "Bounce",
    bounce: {
      bounceType,
      bounceSubType: bounceType === "Permanent" ? "General" : "MailboxFull",
      bouncedRecipients: [
        {
          emailAddress: recipient,
          action: "failed",
          status: "5.1.1",
          diagnosticCode: "smtp; 550 5.1.1 user unknown",
        },
      ],
      timestamp: "2026-11-24T14:31:02.669Z",
      feedbackId: "0100019ab1c2d3e4-61b59c11-9236-11e6-8f96-7be8aexample-000000",
      reportingMTA: "dsn; mta.acme.example",
    },
    mail: mail(interviewId, stepId, recipient),
  };
}

export function sesComplaint(interviewId: string, stepId: string, recipient: string) {
  return {
    eventType: "Complaint",
    complaint: {
      complainedRecipients: [{ emailAddress: recipient }],
      timestamp: "2026-11-24T15:02:11.000Z",
      feedbackId: "0100019ab1c2d3e4-b2c3d4e5-1111-2222-3333-444455556666-000000",
      userAgent: "Mozilla/5.0 (compatible; ExampleMail)",
      complaintFeedbackType: "abuse",
      arrivalDate: "2026-11-24T15:01:58.000Z",
    },
    mail: mail(interviewId, stepId, recipient),
  };
}

/** SES took the email (a configuration set publishing Send events): no recipient detail, only `send: {}`. */
export function sesSend(interviewId: string, stepId: string, recipient: string, kind?: string) {
  const sent = mail(interviewId, stepId, recipient);
  return {
    eventType: "Send",
    mail: { ...sent, tags: { ...sent.tags, ...(kind ? { kind: [kind] } : {}) } },
    send: {},
  };
}

/** The SES message id every event above carries in `mail.messageId`. */
export const SES_EVENT_MESSAGE_ID = "0100019ab1c2d3e4-5f6a7b8c-1111-2222-3333-444455556666-000000";
