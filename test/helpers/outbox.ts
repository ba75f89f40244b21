import type { Db } from '../../src/server/db/database';

export const RESET_LINK = /http:\/\/localhost:3000\/reset-password#token=([A-Za-z0-9_-]+)/;

/** The dev-outbox messages sent to an address, oldest first. */
export async function outboxFor(db: Db, to: string) {
  return db
    .selectFrom('outbox_message')
    .selectAll()
    .where('to_address', '=', to)
    .orderBy('id')
    .execute();
}

/** The reset token from the newest reset mail to an address. */
export async function latestResetToken(db: Db, to: string): Promise<string> {
  const messages = await outboxFor(db, to);
  const match = RESET_LINK.exec(messages.at(-1)?.text_body ?? '');
  if (!match?.[1]) throw new Error(`no reset link in the outbox for ${to}`);
  return match[1];
}
