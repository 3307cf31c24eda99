// `npm run check:content`: the same check the build runs, without building.
import { contentReport } from '../src/integrations/content-integrity.ts';

const report = contentReport(process.cwd());
if (report) {
	console.error(report);
	process.exit(1);
}
console.log('Content OK.');
