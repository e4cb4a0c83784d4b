import fs from 'node:fs'

import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Plugins stand alone: code under plugins/ may import its own plugin, plugins/shared and another
 * plugin's public face (index.ts, types.ts) only — never the host (collections/, src/, tests/).
 * Relative paths differ by depth, so one rule per folder depth and per plugin.
 */
const pluginNames = fs
  .readdirSync('plugins', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name)

function pluginImportRules() {
  const configs = []
  for (const plugin of [...pluginNames, 'shared']) {
    for (let depth = 1; depth <= 6; depth++) {
      const toPlugins = '\\.\\./'.repeat(depth)
      const folder = ['plugins', plugin, ...Array(depth - 1).fill('*')].join('/')
      configs.push({
        files: [`${folder}/*.ts`, `${folder}/*.tsx`, `${folder}/*.js`, `${folder}/*.mjs`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              paths: [
                { name: '@payload-config', message: "A plugin receives its config; it never imports the host's." },
              ],
              patterns: [
                {
                  regex: `^${toPlugins}\\.\\.(/|$)`,
                  message: 'Code under plugins/ must not import the host (collections/, src/, tests/, the root).',
                },
                { regex: '^@/', message: 'Code under plugins/ must not import from src/.' },
                {
                  regex: `^${toPlugins}(?!\\.\\.(/|$))(?!shared(/|$))(?!${plugin}(/|$))[^/]+/(?!(index|types)(\\.tsx?)?$).+`,
                  message: 'Import another plugin through its index.ts or types.ts only, not its internals.',
                },
              ],
            },
          ],
        },
      })
    }
  }
  return configs
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.next-*/',
      'export/',
      'out/',
      'data/',
      'media/',
      'payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'migrations/',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...pluginImportRules(),
)
