/**
 * html-validate's recommended rules over built pages: every message as
 * "<file>:<line>: <rule>: <message>", none when all pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';

export async function htmlValidateProblems(siteDir: string, files: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(siteDir, file), 'utf8'), file);
    for (const result of report.results) for (const message of result.messages) problems.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
  }
  return problems;
}
