// The fill engine alone, bundled for the look-alike's page (no extension): the layout matrix
// drives it directly, so every seed and saving mode runs in seconds, not through the panel.
import { buildFillSteps, deepCheckPage, readBack, readRecordState, runFill, verifyRecord, workLogRef } from '@/lib/fill';
import { checkPage, nossaProfile } from '@/lib/sites';

Object.assign(globalThis, { PanduEngine: { buildFillSteps, deepCheckPage, readBack, readRecordState, runFill, verifyRecord, workLogRef, checkPage, nossaProfile } });
