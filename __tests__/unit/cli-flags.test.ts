/** The one option parser behind every CLI verb. */
import { parseArgs, parseFlags } from '../../src/cli/flags.js';
import { UserError } from '../../src/core/errors.js';

const spec = { store: 'string', paths: 'list', full: 'bool' } as const;

test('values, inline values, lists of several words and repeated lists', () => {
  expect(parseFlags('v', ['--store', 'dir:x', '--paths', 'a', 'b', '--full', '--paths=c,d'], spec)).toEqual({
    store: 'dir:x',
    paths: ['a', 'b', 'c', 'd'],
    full: true,
  });
  expect(parseFlags('v', ['--full=false', '--store=a=b'], spec)).toEqual({ full: false, store: 'a=b' });
});

test('positionals only where the verb takes them, and everything after --', () => {
  expect(
    parseArgs('v', ['a.log', '--store', 's', 'b.log', '--', '--full'], spec, { positionals: true }),
  ).toEqual({ flags: { store: 's' }, positionals: ['a.log', 'b.log', '--full'] });
  expect(() => parseFlags('v', ['a.log'], spec)).toThrow(
    "unexpected argument 'a.log'; see 'ci-recovery v --help'",
  );
  expect(() => parseArgs('v', ['-x'], spec, { positionals: true })).toThrow("unexpected argument '-x'");
});

test('mistakes are user errors that name the option and list the known ones', () => {
  const mistake = (argv: string[]): unknown => {
    try {
      parseFlags('v', argv, spec);
    } catch (error) {
      return error;
    }
    throw new Error(`no error for ${argv.join(' ')}`);
  };
  const unknown = mistake(['--stor', 'x']);
  expect(unknown).toBeInstanceOf(UserError);
  expect((unknown as Error).message).toBe("unknown option '--stor' for 'v'; known: --store, --paths, --full");
  expect((mistake(['--store']) as Error).message).toBe("option '--store' needs a value");
  expect((mistake(['--store', '--full']) as Error).message).toBe("option '--store' needs a value");
  expect((mistake(['--paths', '--full']) as Error).message).toBe("option '--paths' needs at least one value");
});

test('--help is always known, so that it can sit next to other options', () => {
  expect(parseFlags('v', ['--help', '--full'], spec)).toEqual({ help: true, full: true });
});
