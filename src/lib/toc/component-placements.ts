// Where an MDX page uses a component, counted in Markdown headings: the component's own headings
// go into the table of contents at that place. Reads the syntax tree the site's MDX parser gives
// (src/lib/content/parse-source.ts), so it sees exactly the imports and tags Astro will render.

/** The parts of an mdast/MDX node this module reads. */
interface Node {
	type: string;
	name?: string | null | undefined;
	attributes?: { type: string; name?: string | undefined; value?: unknown }[] | undefined;
	children?: Node[] | undefined;
	data?: unknown;
}
interface EstreeStatement {
	type: string;
	source?: { value?: unknown };
	specifiers?: { type: string; local: { name: string } }[];
}

/** One use of a component on a page. */
export interface ComponentUse {
	/** The component's file name without its folder, e.g. `EscalationPolicies.astro`. */
	file: string;
	/** Its attributes with string values, e.g. `{ id: 'scribe' }`. */
	props: Record<string, string>;
	/** How many Markdown headings of the page come before it. */
	after: number;
}

/** Local name → imported file name, for the page's default imports (`import X from './X.astro'`). */
function importedFiles(tree: Node): Map<string, string> {
	const files = new Map<string, string>();
	for (const node of tree.children ?? []) {
		if (node.type !== 'mdxjsEsm') continue;
		const program = (node.data as { estree?: { body: EstreeStatement[] } } | undefined)?.estree;
		for (const statement of program?.body ?? []) {
			const source = statement.source?.value;
			if (statement.type !== 'ImportDeclaration' || typeof source !== 'string') continue;
			for (const specifier of statement.specifiers ?? []) {
				if (specifier.type === 'ImportDefaultSpecifier')
					files.set(specifier.local.name, source.split('/').at(-1)!);
			}
		}
	}
	return files;
}

/** Every use, in reading order, of a component whose file name is in `files`. */
export function componentUses(tree: Node, files: ReadonlySet<string>): ComponentUse[] {
	const imports = importedFiles(tree);
	const uses: ComponentUse[] = [];
	let headings = 0;
	const visit = (node: Node) => {
		if (node.type === 'heading') headings++;
		const file = node.name ? imports.get(node.name) : undefined;
		if (
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
			file &&
			files.has(file)
		) {
			const props: Record<string, string> = {};
			for (const attribute of node.attributes ?? []) {
				if (
					attribute.type === 'mdxJsxAttribute' &&
					attribute.name &&
					typeof attribute.value === 'string'
				)
					props[attribute.name] = attribute.value;
			}
			uses.push({ file, props, after: headings });
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return uses;
}
