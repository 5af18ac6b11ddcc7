import { compare, hash } from 'bcryptjs';
import { AppError } from '../common/app-error';

const BCRYPT_COST = 10;

/** Compared against when the user does not exist, so both failures take the same time. */
const UNKNOWN_USER_HASH = '$2b$10$B.NYWYac.YRV/k7cayvMXO4MSCjITIhmpIoEbRqq7L5R7n0sG4w1C';

/**
 * The password rule (API.md): at least 8 characters with letters and digits, not containing the username.
 * Returns what is wrong, in English (the `details` of a 400), or undefined.
 */
export function passwordProblem(password: string, username: string): string | undefined {
  if (password.length < 8) return 'must be at least 8 characters long';
  if (password.length > 128) return 'must be at most 128 characters long';
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) return 'must contain both letters and digits';
  if (password.toLowerCase().includes(username.toLowerCase())) return 'must not contain the username';
  return undefined;
}

/** Refuses a password that breaks the rule, naming the body field it came in. */
export async function hashNewPassword(password: string, username: string, field: string): Promise<string> {
  const problem = passwordProblem(password, username);
  if (problem) {
    throw AppError.field(field, problem, {
      zh: '密码不符合要求：至少 8 位，须同时包含字母和数字，且不得包含用户名',
      en: `The password ${problem}`,
    });
  }
  return hash(password, BCRYPT_COST);
}

export const passwordMatches = (password: string, passwordHash: string | undefined): Promise<boolean> =>
  compare(password, passwordHash ?? UNKNOWN_USER_HASH);
