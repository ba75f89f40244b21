import type { MailMessage } from './mailer';

export function passwordResetMail(args: {
  to: string;
  displayName: string;
  organizationName: string;
  link: string;
  validMinutes: number;
}): MailMessage {
  return {
    to: args.to,
    subject: `Reset your ${args.organizationName} password`,
    text: [
      `Hi ${args.displayName},`,
      '',
      `Someone asked to reset the password for your account at ${args.organizationName}.`,
      `To choose a new password, open this link within ${args.validMinutes} minutes:`,
      '',
      args.link,
      '',
      'The link works once. If you did not ask for this, you can ignore this email; your password stays the same.',
      '',
      'If you are in crisis, call or text 988 (US), or call 911 in an emergency.',
    ].join('\n'),
  };
}
