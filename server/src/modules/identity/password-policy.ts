import { PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, passwordRuleProblems } from '@modern-emr/domain';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** zxcvbn scores 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash attack". */
export const MIN_STRENGTH_SCORE = 3;

interface Dictionaries {
  estimator: ZxcvbnFactory;
  common: Set<string>;
}
let loaded: Promise<Dictionaries> | undefined;

// Loaded on first use, not at start-up: the dictionaries take ~0.5 s to parse and index, and
// only account creation and password changes need them.
function dictionaries(): Promise<Dictionaries> {
  loaded ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return {
      estimator: new ZxcvbnFactory({
        translations: en.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
      }),
      common: new Set(common.dictionary['passwords-common'].map((p) => p.toLowerCase())),
    };
  })();
  return loaded;
}

/**
 * Every reason the password is refused; empty when it is acceptable. The character rules come
 * from the domain package (the web app shows the same ones while the user types); the common
 * list and the strength estimate (zxcvbn-ts) need dictionaries too large for the browser bundle.
 */
export async function passwordProblems(
  password: string,
  username: string,
  extraInputs: string[] = [],
): Promise<string[]> {
  const problems = passwordRuleProblems(password, username);
  if (password.length > PASSWORD_MAX_LENGTH) return problems;
  const { estimator, common } = await dictionaries();
  if (common.has(password.toLowerCase())) problems.push(PASSWORD_MESSAGES.common);
  else if (
    estimator.check(password, [username, 'modern emr', 'clinic', ...extraInputs]).score < MIN_STRENGTH_SCORE
  )
    problems.push(PASSWORD_MESSAGES.weak);
  return problems;
}
