import type { ErrorEntries } from '../../platform/http/errors.js';

/** The problem codes this module answers with: HTTP status and a title for people. */
export const importsErrors = {
  invalid_import: { status: 400, title: 'The import request is not valid' },
  import_finished: { status: 409, title: 'The import has finished already' },
  import_not_finished: { status: 409, title: 'The import has no outcome file yet' },
  import_not_dry_run: { status: 409, title: 'Only a dry run can be run for real' },
  import_file_purged: { status: 410, title: 'The import file was removed after the retention period' },
} satisfies ErrorEntries;

declare module '../../platform/http/errors.js' {
  interface ErrorCatalogue {
    imports: typeof importsErrors;
  }
}
