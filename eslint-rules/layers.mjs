// @ts-check
/**
 * A local ESLint rule that checks where an import *lands*, not how it is spelled.
 *
 * no-restricted-imports only sees the import text, so `../../board/store` from a nested folder,
 * or `import('electron')` / `require('electron')`, slipped through. Here every relative specifier
 * is resolved against the importing file (like VS Code's code-layering rule) to a repo-relative
 * path before it is matched; bare specifiers (packages, Node builtins, electron) match by name.
 *
 * Options: { root, zones, features? }
 * - root: the repository folder; paths in zones are relative to it.
 * - zones: checked in order, the first one an import breaks is reported (one problem per import).
 *   { from, except?, paths?, outside?, packages?, nodeBuiltins?, message }
 *   from/except: importer prefixes ('src/main/' is a folder, 'src/main/bootstrap.ts' one file);
 *   paths: resolved targets refused; outside: resolved targets must lie inside one of these;
 *   packages: bare names refused ('react' also refuses 'react/jsx-runtime');
 *   nodeBuiltins: refuse every Node builtin, with or without `node:`.
 * - features: { folder, message }: a file reaches a feature other than its own only through
 *   that feature's index (folder/X or folder/X/index) or its views (folder/X/views).
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));
const SOURCE_EXTENSION = /\.(?:d\.)?(?:[cm]?[jt]sx?)$/;

const prefixList = { type: 'array', items: { type: 'string' } };
const zoneSchema = {
  type: 'object',
  properties: {
    from: prefixList,
    except: prefixList,
    paths: prefixList,
    outside: prefixList,
    packages: prefixList,
    nodeBuiltins: { type: 'boolean' },
    message: { type: 'string' },
  },
  required: ['from', 'message'],
  additionalProperties: false,
};

/** @param {string} file @param {string[] | undefined} prefixes */
function under(file, prefixes) {
  const bare = file.replace(SOURCE_EXTENSION, '');
  return (prefixes ?? []).some((prefix) =>
    prefix.endsWith('/') ? file.startsWith(prefix) : bare === prefix.replace(SOURCE_EXTENSION, ''),
  );
}

/** @param {string} specifier */
function isRelative(specifier) {
  return specifier.startsWith('.') || path.isAbsolute(specifier);
}

/** @param {string} name @param {string[] | undefined} packages */
function namesPackage(name, packages) {
  return (packages ?? []).some((pkg) => name === pkg || name.startsWith(`${pkg}/`));
}

/** @param {string} name */
function isNodeBuiltin(name) {
  return name.startsWith('node:') || NODE_BUILTINS.has(name) || NODE_BUILTINS.has(name.split('/')[0] ?? '');
}

/**
 * The feature a repo-relative path belongs to, and whether the path is one of its public
 * entries: its index, or its views (the screens the shell loads on demand).
 * @param {string} file @param {string} folder
 */
function featureOf(file, folder) {
  if (!file.startsWith(folder)) return undefined;
  const [name = '', ...rest] = file.slice(folder.length).split('/');
  const inside = rest.join('/').replace(SOURCE_EXTENSION, '');
  return { name, isIndex: inside === '' || inside === 'index' || inside === 'views' };
}

/**
 * @typedef {{ from: string[], except?: string[], paths?: string[], outside?: string[],
 *   packages?: string[], nodeBuiltins?: boolean, message: string }} Zone
 * @typedef {{ root: string, zones: Zone[], features?: { folder: string, message: string } }} Options
 */

/**
 * The message of the first rule the import breaks, or undefined when it may stay.
 * @param {Options} options @param {string} importer @param {string} specifier
 */
function problemWith(options, importer, specifier) {
  const zones = options.zones.filter((zone) => under(importer, zone.from) && !under(importer, zone.except));
  if (!isRelative(specifier)) {
    const zone = zones.find(
      (z) => namesPackage(specifier, z.packages) || (z.nodeBuiltins === true && isNodeBuiltin(specifier)),
    );
    return zone?.message;
  }
  const absolute = path.resolve(path.dirname(path.resolve(options.root, importer)), specifier);
  const target = path.relative(options.root, absolute).split(path.sep).join('/');
  const zone = zones.find(
    (z) => under(target, z.paths) || (z.outside !== undefined && !under(target, z.outside)),
  );
  if (zone) return zone.message;
  if (!options.features) return undefined;
  const wanted = featureOf(target, options.features.folder);
  if (!wanted || wanted.isIndex) return undefined;
  return featureOf(importer, options.features.folder)?.name === wanted.name
    ? undefined
    : options.features.message;
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep imports inside the layers, judged by the file each import resolves to.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          zones: { type: 'array', items: zoneSchema },
          features: {
            type: 'object',
            properties: { folder: { type: 'string' }, message: { type: 'string' } },
            required: ['folder', 'message'],
            additionalProperties: false,
          },
        },
        required: ['root', 'zones'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const options = /** @type {Options} */ (context.options[0]);
    const filename = context.filename;
    if (!path.isAbsolute(filename)) return {};
    const importer = path.relative(options.root, filename).split(path.sep).join('/');

    /** @param {import('estree').Node | null | undefined} source */
    function check(source) {
      const specifier = staticString(source);
      if (specifier === undefined || !source) return;
      const message = problemWith(options, importer, specifier);
      if (message) context.report({ node: source, message });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') {
          const [first] = node.arguments;
          if (first && first.type !== 'SpreadElement') check(first);
        }
      },
      // `import fs = require('fs')` in TypeScript.
      /** @param {any} node */
      TSExternalModuleReference: (node) => check(node.expression),
    };
  },
};

/**
 * The text of a string literal or a template without `${}`; undefined for anything computed.
 * @param {import('estree').Node | null | undefined} node
 */
function staticString(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) {
    return node.quasis[0]?.value.cooked ?? undefined;
  }
  return undefined;
}

export default {
  meta: { name: 'offsite-layers' },
  rules: { imports: importsRule },
};
