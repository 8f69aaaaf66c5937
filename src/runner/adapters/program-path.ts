/** Finding a program on PATH as spawn (execvp) does, without starting it. */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

/** Whether a directory of `searchPath` (PATH's form) holds an executable regular file named `program`. */
export function onPath(program: string, searchPath: string | undefined): boolean {
  return (searchPath ?? '').split(path.delimiter).some((dir) => {
    if (dir === '') return false;
    const file = path.join(dir, program);
    try {
      accessSync(file, constants.X_OK);
      return statSync(file).isFile();
    } catch {
      // not there, or not executable by us: spawn would not run it either
      return false;
    }
  });
}
