import type { ESLint, Rule } from 'eslint';

export const noSilentCatch: Rule.RuleModule;
export const housePlugin: ESLint.Plugin;
