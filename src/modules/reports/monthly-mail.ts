import type { MailAttachmentSource } from '../../platform/module.js';
import { fileTypes, monthlyPdf, monthlyXlsx } from './monthly-files.js';
import { closedMonthReport } from './snapshots.js';

/**
 * The closed month's PDF and XLSX in the managers' e-mail (SPEC §11: the figures in hand by
 * the 5th), made from its snapshot as each mail goes out, in the reader's language.
 */
export const closedMonthFiles: MailAttachmentSource = async (db, data, language, now) => {
  const report = typeof data.month === 'string' ? await closedMonthReport(db, data.month) : undefined;
  if (!report) return [];
  const name = `monthly-report-${report.month}`;
  return [
    { filename: `${name}.pdf`, contentType: fileTypes.pdf, content: await monthlyPdf(db, report, language, now) },
    { filename: `${name}.xlsx`, contentType: fileTypes.xlsx, content: await monthlyXlsx(report, language) },
  ];
};
