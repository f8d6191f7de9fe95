/**
 * Where the content lives. Tests point READER_CONTENT_DIR at a copy of the
 * content with one mistake in it, to check what the build says.
 */
export const contentDir: string = process.env.READER_CONTENT_DIR ?? './content';
