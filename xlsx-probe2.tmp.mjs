import writeXlsxFile from 'write-excel-file/universal';
const N = +process.argv[2] || 100000;
const EV = +process.argv[3] || 0;
const uuid = () => crypto.randomUUID();
const date = (i) => ({ value: new Date(1790000000000 + i * 60000), type: Date, format: 'dd-mm-yyyy hh:mm' });
const t0 = performance.now();
const rows = [Array.from({length: 22}, (_, i) => 'Kolom ' + i)];
const ev = [Array.from({length: 7}, (_, i) => 'K ' + i)];
for (let i = 0; i < N; i++) {
  const id = uuid(), ticket = 'IN' + (110000000 + i);
  rows.push([id, ticket, 'A' + (i % 50), 'Agen Nama ' + (i % 50), 'BDG', date(i), date(i + 5), 300 + (i % 500), 'done', 'approved', 'PLG-RESCHEDULE', 'Asep ' + (i % 200), 'TIF HD WITEL ' + (i % 20), date(i + 1000), 2, 'manual', '', `Pending tiket ${ticket} atas permintaan Asep (TIF), alasan PLG-RESCHEDULE. Pelanggan telah dikonfirmasi di 0812***7890 dan menyetujui pending sampai 27-11-2026 10:00 WITA.`, 'IN.OCC.TENESA.W-02 rev - (2021-08-01)', 'Teknisi minta jadwal ulang ' + (i % 30), null, 'lokal']);
  for (let e = 0; e < EV; e++) ev.push([id, ticket, 'A' + (i % 50), date(i + e), 'call.attempt', '1.2.2', 'Tidak diangkat']);
}
const t1 = performance.now();
const sheets = [{ data: rows, sheet: 'Sesi' }];
if (EV) sheets.push({ data: ev, sheet: 'Peristiwa' });
const blob = await writeXlsxFile(sheets).toBlob();
const t2 = performance.now();
console.log(N, EV, 'build', (t1 - t0).toFixed(0), 'ms; xlsx', (t2 - t1).toFixed(0), 'ms; size', blob.size, 'heap', (process.memoryUsage().heapUsed / 1e6).toFixed(0), 'MB');
