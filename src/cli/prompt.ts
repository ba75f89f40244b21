import { createInterface } from 'node:readline/promises';

/** Reads one line from stdin: a prompt on a terminal, or piped input (`echo pw | kindred …`). */
export async function readSecret(question: string): Promise<string> {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  try {
    if (process.stdin.isTTY) {
      // Hide what is typed: overwrite echoed characters.
      const output = rl as unknown as { _writeToOutput?: (s: string) => void };
      let asked = false;
      output._writeToOutput = (s: string) => {
        if (!asked) {
          process.stdout.write(s);
          asked = true;
        }
      };
    }
    const answer = await rl.question(question);
    if (process.stdin.isTTY) process.stdout.write('\n');
    return answer.trim();
  } finally {
    rl.close();
  }
}
