import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2's Algorithm is an ambient const enum; 2 is Argon2id.
const ARGON2ID = 2;

export interface PasswordCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export class PasswordHasher {
  private dummyHash: Promise<string> | undefined;

  constructor(private readonly cost: PasswordCost) {}

  hash(password: string): Promise<string> {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- const enum value, see above
    return hash(password, { algorithm: ARGON2ID, ...this.cost });
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** Spend the same work when no account matches, so timing does not reveal which emails exist. */
  async verifyAgainstDummy(password: string): Promise<false> {
    this.dummyHash ??= this.hash('kindred-dummy-password');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
