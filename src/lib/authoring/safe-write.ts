/**
 * How the editors' tools (`new-brief`, `reanchor --write`) change a file in
 * `content/`: only inside the content folder (links resolved), never half
 * written, and with the previous version kept beside it.
 *
 * The new text goes to a temporary file in the same folder, is flushed to
 * disk, and is renamed over the old one: a rename within a folder is atomic,
 * so a crash or a full disk leaves the old file or the new one, never a mix.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';

/** Thrown for a path outside the content folder; the tools print it as their refusal. */
export class OutsideContentError extends Error {}

/** The file's real place, checked to lie inside `root` (the folder must exist; the file need not). */
export function pathInside(root: string, file: string): string {
  const realRoot = realpathSync(root);
  const realFolder = realpathSync(dirname(file));
  const real = join(realFolder, basename(file));
  const fromRoot = relative(realRoot, existsSync(real) ? realpathSync(real) : real);
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || fromRoot.startsWith(sep)) {
    throw new OutsideContentError(`${file} is outside the content folder ${root}; the tools write only inside it`);
  }
  return real;
}

/**
 * Writes `text` to `file` atomically, inside `root` only. With `backup`, the
 * file as it was is first copied to `<file>.bak` (replacing an older one), so
 * an editor can go back one step. Returns the backup's path, if one was made.
 */
export function writeContentFile(root: string, file: string, text: string, options: { backup?: boolean } = {}): string | undefined {
  const target = pathInside(root, file);
  let backup: string | undefined;
  if (options.backup && existsSync(target)) {
    backup = `${target}.bak`;
    copyFileSync(target, backup);
  }
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  const descriptor = openSync(temporary, 'wx');
  try {
    writeSync(descriptor, text);
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  try {
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return backup;
}
