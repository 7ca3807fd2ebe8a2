import '@/lib/schema/jitless';
import { serveDeflate, type DeflatePort } from '@/lib/export/xlsx/deflate-port';

/**
 * The deflate worker: started by the export's worker for an XLSX file, it compresses the
 * workbook's parts (lib/export/xlsx/deflate-port.ts) on another core while the export's worker
 * writes the next chunk of a sheet's XML.
 */
serveDeflate(self as unknown as DeflatePort);
