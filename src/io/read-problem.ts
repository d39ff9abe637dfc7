// One wording for a file that cannot be read, shared by every command that reads files.

/** What is wrong with reading a file, from a Node fs error: `file not found`, `permission denied`... */
export function readProblem(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : '';
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return code ? `cannot read file (${code})` : 'cannot read file';
}
