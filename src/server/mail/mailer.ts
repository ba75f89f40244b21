// One mailer for the whole app: SMTP when SMTP_URL is set, otherwise the dev outbox, which
// stores messages for admins to read and logs that one arrived (never its body).
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { Clock } from '../lib/clock';
import { newId } from '../lib/ids';
import type { OutboxRepository } from '../repositories/outbox.repository';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export class SmtpMailer implements Mailer {
  readonly kind = 'smtp';
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

export class OutboxMailer implements Mailer {
  readonly kind = 'outbox';

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  async send(message: MailMessage): Promise<void> {
    const id = newId();
    await this.outbox.insert({ id, ...message, createdAt: this.clock.now().toISOString() });
    this.log.info(
      { outboxMessageId: id, subject: message.subject },
      'mail stored in the dev outbox (admin area → Outbox); set SMTP_URL to send real mail',
    );
  }

  async close(): Promise<void> {
    // Nothing to release: the outbox lives in the main database.
  }
}
