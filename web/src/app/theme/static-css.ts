import { DEFAULT_THEME, defaultCssVariablesResolver, em, mergeMantineTheme, px } from '@mantine/core';
import { cssVariablesResolver, theme } from './theme';

type Vars = Record<string, string>;

function changedFrom(ours: Vars, defaults: Vars): Vars {
  return Object.fromEntries(Object.entries(ours).filter(([name, value]) => defaults[name] !== value));
}

function block(selector: string, vars: Vars): string {
  const lines = Object.entries(vars).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}

/**
 * The CSS that MantineProvider would otherwise inject in <style> tags at runtime (theme variables
 * and the hiddenFrom/visibleFrom classes). The production CSP (style-src 'self') blocks such tags,
 * so the app ships this text as a static file instead: mantine-theme.gen.css, kept in step with
 * theme.ts by static-css.test.ts. Only the light scheme is emitted because the app forces it.
 */
export function buildStaticThemeCss(): string {
  const full = mergeMantineTheme(DEFAULT_THEME, theme);
  const defaults = defaultCssVariablesResolver(DEFAULT_THEME);
  const base = defaultCssVariablesResolver(full);
  const extra = cssVariablesResolver(full);
  const variables = changedFrom({ ...base.variables, ...extra.variables }, defaults.variables);
  const light = changedFrom({ ...base.light, ...extra.light }, defaults.light);

  // Same rules as Mantine's MantineClasses component, one media query pair per breakpoint.
  const responsive = Object.entries(full.breakpoints).map(([breakpoint, value]) => {
    const isPx = value.includes('px');
    const size = Number(px(value));
    const max = isPx ? `${size - 0.1}px` : em(size - 0.1);
    const min = isPx ? `${size}px` : em(size);
    return (
      `@media (max-width: ${max}) {\n  .mantine-visible-from-${breakpoint} {\n    display: none !important;\n  }\n}\n` +
      `@media (min-width: ${min}) {\n  .mantine-hidden-from-${breakpoint} {\n    display: none !important;\n  }\n}\n`
    );
  });

  return [
    '/* Generated from src/app/theme/theme.ts by static-css.test.ts. Do not edit; run\n' +
      '   `npx vitest run --project web -u` after changing the theme. */\n',
    block(':root', variables),
    block(`:root[data-mantine-color-scheme="light"]`, light),
    ...responsive,
  ].join('\n');
}
