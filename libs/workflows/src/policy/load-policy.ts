import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { Policy, PolicyError, validatePolicy } from './policy';

/** Reads and validates the policy file once, at start-up; any problem stops the process with the key named. */
export function loadPolicyFile(file: string): Policy {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PolicyError([`cannot read POLICY_FILE ${path}: ${(error as Error).message}`]);
  }
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new PolicyError([`${path} is not valid YAML: ${(error as Error).message}`]);
  }
  return validatePolicy(document);
}
